import type { NeedInput } from '../dto/need-input.dto';
import type { CloseReasonByPeople, NeedStatus } from '../need/need-status';

/** A demo need: which seeded agency posts it (catalog seed key), its state, and the deadline in days from now. */
export interface SeedNeed {
  agency: string;
  status: NeedStatus;
  deadlineInDays: number;
  closeReason?: CloseReasonByPeople;
  closeNote?: string;
  input: Omit<NeedInput, 'deadline'>;
}

export const SEED_NEEDS: readonly SeedNeed[] = [
  {
    agency: 'kathmandu-clean-air',
    status: 'open',
    deadlineInDays: 75,
    input: {
      title: 'Cut PM and black carbon from 120 brick kilns in the Kathmandu valley',
      translations: [
        {
          language: 'ne',
          title: 'काठमाडौं उपत्यकाका १२० इँटा भट्टाबाट हुने PM र कालो कार्बन घटाउने',
          description:
            'भक्तपुर र ललितपुरका धेरैजसो स्थिर चिम्नी बुल ट्रेन्च भट्टा अझै पुरानै तरिकाले पोलिन्छन् र जाडोको PM2.5 मा ' +
            'तिनको ठूलो हिस्सा छ। हामी प्रमाणित जिग-ज्याग रूपान्तरण प्याकेज (डिजाइन, फायरम्यानको तालिम, पंखा प्रणाली) र ' +
            'भट्टा मालिकले धान्न सक्ने चिम्नी अनुगमन खोज्छौं, अर्को पोल्ने मौसमअघि १० भट्टामा परीक्षण गरेर।',
        },
      ],
      description:
        'Most of the valley’s Fixed Chimney Bull Trench Kilns in Bhaktapur and Lalitpur still fire the old way and ' +
        'dominate winter PM2.5. We seek proven zig-zag conversion packages (design, training of firemen, fan systems) ' +
        'and stack monitoring that owners can afford, piloted on 10 kilns before the next firing season.',
      pollutants: ['pm2.5', 'pm10', 'black-carbon'],
      sectors: ['industry.brick-kilns'],
      unitCount: 120,
      unitKind: 'kilns',
      fuels: ['high-sulphur-coal'],
      gridPower: true,
      flowNm3h: 25_000,
      country: 'NP',
      city: 'Bhaktapur',
      budgetMinUsd: 500_000,
      budgetMaxUsd: 2_500_000,
      minTrl: 7,
      dealTypes: ['pilot', 'joint-venture', 'licence'],
      languages: ['ne', 'en'],
    },
  },
  {
    agency: 'up-clean-air',
    status: 'open',
    deadlineInDays: 45,
    input: {
      title: 'Construction and road dust suppression for Delhi NCR sites in Noida and Ghaziabad',
      translations: [
        { language: 'hi', title: 'नोएडा और गाज़ियाबाद में दिल्ली एनसीआर के निर्माण स्थलों और सड़कों की धूल पर नियंत्रण' },
      ],
      description:
        'Large construction sites and unpaved haul roads in the NCR add PM10 on every dry day. We need fog cannons, ' +
        'wheel-wash systems, windbreak screens and real-time fence-line PM sensors that trigger suppression, for about ' +
        '40 sites, with an operating model contractors will keep running.',
      pollutants: ['pm10', 'pm2.5'],
      sectors: ['construction-dust'],
      unitCount: 40,
      unitKind: 'sites',
      country: 'IN',
      city: 'Noida',
      budgetMinUsd: 300_000,
      budgetMaxUsd: 1_200_000,
      minTrl: 8,
      dealTypes: ['sale', 'distribution'],
      languages: ['hi', 'en'],
    },
  },
  {
    agency: 'western-province-environment',
    status: 'open',
    deadlineInDays: 60,
    input: {
      title: 'Roadside remote sensing of vehicle emissions in Colombo',
      translations: [
        {
          language: 'si',
          title: 'කොළඹ මාර්ග අසල වාහන දුම් විමෝචනය දුරස්ථව මැනීම',
          description:
            'රථවාහන නවත්වන්නේ නැතිව කොළඹ ප්‍රධාන මාර්ගවල වැඩියෙන්ම දුම් පිට කරන බස්, ලොරි සහ ත්‍රිරෝද රථ හඳුනා ගැනීමට ' +
            'අපට අවශ්‍යයි: අංක තහඩු ඡායාරූප සහිත දුරස්ථ සංවේදක උපකරණ, විමෝචන පරීක්ෂණ වැඩසටහනට දත්ත, සහ වසර දෙකක ' +
            'ක්‍රියාකාරිත්වය හා පුහුණුව.',
        },
      ],
      description:
        'We want to find the worst-emitting buses, trucks and three-wheelers on Colombo’s arterial roads without ' +
        'stopping traffic: remote sensing devices (NO, HC, CO, opacity) with number-plate capture, data feeds to the ' +
        'emission testing programme, and two years of operation and training.',
      pollutants: ['nox', 'co', 'pm2.5'],
      sectors: ['transport.vehicles', 'transport.two-wheelers'],
      country: 'LK',
      city: 'Colombo',
      budgetMinUsd: 150_000,
      budgetMaxUsd: 600_000,
      minTrl: 8,
      dealTypes: ['sale', 'pilot'],
      languages: ['si', 'ta', 'en'],
    },
  },
  {
    agency: 'punjab-residue',
    status: 'open',
    deadlineInDays: 90,
    input: {
      title: 'Alternatives to paddy-straw burning for 200 villages in Ludhiana district',
      description:
        'Every October farmers burn straw to clear fields for wheat within three weeks. We look for in-situ machinery ' +
        '(Happy Seeder, super straw management systems), ex-situ supply chains to biomass pellets or boilers, and ' +
        'bio-decomposers, with a business model for custom hiring centres.',
      pollutants: ['pm2.5', 'black-carbon', 'co'],
      sectors: ['agriculture'],
      unitCount: 200,
      unitKind: 'villages',
      areaName: 'Ludhiana district',
      areaKm2: 3767,
      areaPopulation: 3_498_739,
      country: 'IN',
      city: 'Ludhiana',
      budgetMinUsd: 1_000_000,
      budgetMaxUsd: 5_000_000,
      minTrl: 7,
      dealTypes: ['sale', 'joint-venture', 'distribution'],
      languages: ['hi', 'en'],
    },
  },
  {
    agency: 'kandy-municipal',
    status: 'open',
    deadlineInDays: 50,
    input: {
      title: 'Diesel particulate filters for the Kandy city bus fleet',
      description:
        'Kandy sits in a valley with winter inversions; old diesel buses are the main black-carbon source downtown. ' +
        'We seek DPF or DOC retrofits for 150 buses running on local diesel (sulphur up to 10 ppm since 2021), with ' +
        'maintenance training for the depot.',
      pollutants: ['pm2.5', 'black-carbon', 'nox'],
      sectors: ['transport.vehicles'],
      unitCount: 150,
      unitKind: 'buses',
      fuels: ['ulsd'],
      country: 'LK',
      city: 'Kandy',
      budgetMinUsd: 400_000,
      budgetMaxUsd: 900_000,
      minTrl: 8,
      dealTypes: ['sale', 'pilot'],
      languages: ['si', 'en'],
    },
  },
  {
    agency: 'kathmandu-clean-air',
    status: 'draft',
    deadlineInDays: 120,
    input: {
      title: 'Low-cost PM sensor network for 30 schools in the Kathmandu valley',
      description:
        'Calibrated low-cost PM2.5 sensors with a public dashboard and alerts for school principals; co-location with ' +
        'the reference stations at Ratnapark and Bhaisepati for calibration.',
      pollutants: ['pm2.5', 'pm10'],
      sectors: ['transport', 'construction-dust', 'waste-burning'],
      unitCount: 30,
      unitKind: 'sites',
      country: 'NP',
      city: 'Kathmandu',
      budgetMinUsd: 60_000,
      budgetMaxUsd: 150_000,
      dealTypes: ['sale', 'distribution'],
      languages: ['ne', 'en'],
    },
  },
  {
    agency: 'up-clean-air',
    status: 'closed',
    deadlineInDays: 20,
    closeReason: 'solved',
    closeNote: 'Awarded to a landfill fire-suppression and capping programme funded by the state.',
    input: {
      title: 'Stop fires at the Lucknow legacy landfill',
      description:
        'Recurring surface and sub-surface fires at the legacy dump site; we sought capping, biomining and thermal ' +
        'imaging for early detection.',
      pollutants: ['pm2.5', 'co', 'ch4'],
      sectors: ['waste-burning'],
      country: 'IN',
      city: 'Lucknow',
      budgetMaxUsd: 800_000,
      dealTypes: ['sale'],
      languages: ['hi', 'en'],
    },
  },
];
