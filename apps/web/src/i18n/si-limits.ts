import type { enLimits } from './en-limits';

/** සිංහල: outlet figures, site prerequisites, capacity and area; the type keeps the keys identical to en-limits.ts. */
export const siLimits: typeof enLimits = {
  limits: {
    outletGuarantee: 'සහතික කළ පිටවන සාන්ද්‍රණය',
    atMost: 'උපරිම {{value}} mg/Nm³',
    outletHint:
      'විකල්ප: තාක්ෂණය ඉවත් කරන දූෂකයක් සඳහා ඔබ සහතික කරන පිටවන සාන්ද්‍රණය. කිසිවක් සහතික නොකරන්නේ නම් හිස්ව තබන්න; මොනිටර කිසිවක් සඳහන් නොකරයි.',
    outletLimit: 'ළඟා විය යුතු පිටවන සීමාව',
    outletLimitHint:
      'විකල්ප: එක් එක් දූෂකය අඩු කළ යුතු පිටවන සාන්ද්‍රණය (mg/Nm³). එය සහතික කරන ලැයිස්තුගත කිරීම්වලට එම දූෂකය සඳහා පූර්ණ ලකුණු ලැබේ.',
    below: '{{value}} mg/Nm³ ට අඩු',
    prerequisites: 'ස්ථානයේ එයට අවශ්‍ය දේ',
    prerequisitesHint:
      'තාක්ෂණයට නොමැතිව ක්‍රියා කළ නොහැකි දේ සලකුණු කරන්න. ස්ථානයේ එය නොමැති අවශ්‍යතාවලට මෙය යෝජනා නොකෙරේ.',
    prerequisiteNames: {
      'low-sulphur-fuel': 'අඩු සල්ෆර් ඉන්ධන අවශ්‍යයි',
      'gas-supply': 'ස්වාභාවික වායු හෝ LP ගෑස් සැපයුමක් අවශ්‍යයි',
      'grid-power': 'ජාතික ජාල විදුලිය අවශ්‍යයි',
      'water-supply': 'ජල සැපයුමක් අවශ්‍යයි',
    },
    capacity: 'එක් ස්ථාපනයක ධාරිතාව',
    flowMin: 'අවම දුම් වායු ප්‍රවාහය (Nm³/h)',
    flowMax: 'උපරිම දුම් වායු ප්‍රවාහය (Nm³/h)',
    unitsPerInstallation: 'එක් ස්ථාපනයක් සේවය කරන ඒකක ගණන',
    unitsPerInstallationHint:
      'උදා: ජෛව වායු බලාගාරයකට නිවාස 200; අවශ්‍යතාවක ඒකක සඳහා අවශ්‍ය ස්ථාපන ගණන මෙයින් ගණනය කෙරේ.',
    capacityUnitKind: 'ගණන් කරන ඒකකය',
    flowRange: 'දුම් වායු {{min}}–{{max}} Nm³/h',
    flowUpTo: 'දුම් වායු {{max}} Nm³/h දක්වා',
    flowAtLeast: 'අවම වශයෙන් දුම් වායු {{min}} Nm³/h',
    serves: 'එක් ස්ථාපනයකට {{kind}} {{count}}',
    site: 'ස්ථානය',
    siteHint: 'ස්ථානයේ ඇති දේ. ස්ථානයේ නොමැති දෙයක් අවශ්‍ය වන ලැයිස්තුගත කිරීම් යෝජනා නොකෙරේ.',
    fuels: 'ස්ථානයේ දහනය කරන හෝ සපයනු ලබන ඉන්ධන',
    fuelNames: {
      'high-sulphur-coal': 'ඉහළ සල්ෆර් ගල් අඟුරු',
      'low-sulphur-coal': 'අඩු සල්ෆර් ගල් අඟුරු',
      'heavy-fuel-oil': 'බර ඉන්ධන තෙල්',
      'high-sulphur-diesel': 'ඉහළ සල්ෆර් ඩීසල්',
      ulsd: 'අති අඩු සල්ෆර් ඩීසල්',
      biomass: 'ජෛව ස්කන්ධය',
      'natural-gas': 'ස්වාභාවික වායුව',
      lpg: 'LP ගෑස්',
    },
    gridPower: 'ස්ථානයේ ජාතික ජාල විදුලිය',
    waterSupply: 'ස්ථානයේ ජල සැපයුම',
    notStated: 'සඳහන් කර නැත',
    yes: 'ඇත',
    no: 'නැත',
    flow: 'එක් ප්‍රභවයක දුම් වායු ප්‍රවාහය (Nm³/h)',
    flowHint: 'උදා: එක් පෝරණුවක හෝ බොයිලේරුවක චිමිනිය; ලැයිස්තුගත කිරීම් හසුරුවන ප්‍රවාහ පරාසය සමඟ සසඳනු ලැබේ.',
    area: 'ආවරණය වන නාගරික ප්‍රදේශය',
    areaHint:
      'විකල්ප, ඒකක ගණනට අමතරව හෝ ඒ වෙනුවට: වැඩසටහන ආවරණය කරන දිස්ත්‍රික්කය හෝ ප්‍රදේශය. km² එකකට සහ පදිංචිකරුවෙකුට වන පිරිවැය මෙයින් ගුණ කෙරේ.',
    areaName: 'ප්‍රදේශය හෝ දිස්ත්‍රික්කය',
    areaPopulation: 'ජනගහනය',
    areaKm2: 'වර්ගඵලය (km²)',
    areaSummary: '{{name}}: පුද්ගලයන් {{people}}, {{km2}} km²',
  },
};
