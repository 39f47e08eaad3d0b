import type { ResourceInput } from '../dto/resource-input.dto';

export interface SeedResource {
  /** Without the links, which the seed resolves by title. */
  input: Omit<ResourceInput, 'technologyIds' | 'needIds' | 'eventIds' | 'fileIds'>;
  technologies: string[];
  needs: string[];
  events: string[];
  published: boolean;
}

export const SEED_RESOURCES: SeedResource[] = [
  {
    input: {
      kind: 'guidance',
      title: 'Converting a fixed-chimney brick kiln to zig-zag firing',
      date: '2025-11-20',
      authors: ['Clean Air Asia', 'Federation of Nepal Brick Industries'],
      pollutants: ['pm2.5', 'black-carbon', 'co'],
      sectors: ['industry.brick-kilns'],
      countries: ['NP', 'IN', 'BD', 'PK'],
      categories: ['kiln-conversion.zig-zag'],
      body: `## Why convert

A fixed-chimney bull's trench kiln (FCBTK) burns coal with little air mixing. Re-routing the fire along a **zig-zag** path with an induced-draught fan cuts coal use by 15–20 % and black carbon by up to 60 %, and more bricks come out first class.

## Before the season

1. Survey the kiln: trench width, chimney height, brick setting.
2. Size the fan for the kiln's daily firing rate; plan a diesel generator for power cuts.
3. Train the firemen: feeding small amounts often is the key change.

## During conversion

- Build the zig-zag baffles with the green bricks of the first setting.
- Keep the old chimney as the stack; the fan sits at its base.
- Measure flue gas once the fire is stable.

> Kiln owners who converted in the Kathmandu valley after 2015 recovered the cost in two seasons.

See the [ICIMOD kiln resources](https://www.icimod.org/) for drawings.`,
      translations: [
        {
          language: 'zh',
          title: '固定烟囱砖窑改造为之字形烧制的指南',
          body: `## 为什么要改造

固定烟囱砖窑的燃烧缺少空气混合。让火焰沿**之字形**路线前进并加装引风机，可以节煤 15–20%，黑碳排放最多减少 60%，一级砖的比例也更高。

## 开窑之前

1. 勘查砖窑：窑道宽度、烟囱高度、码砖方式。
2. 按日烧成量选配风机，并准备停电时使用的柴油发电机。
3. 培训烧窑工：少量多次加煤是最关键的变化。

## 改造期间

- 用第一窑的湿坯砌筑之字形挡墙。
- 旧烟囱保留作排气筒，风机装在其底部。
- 火势稳定后测量烟气。`,
        },
      ],
      links: [{ url: 'https://www.icimod.org/', label: 'ICIMOD brick kiln programme' }],
    },
    technologies: ['Zig-zag brick kiln conversion with induced draught fan'],
    needs: ['Cut PM and black carbon from 120 brick kilns in the Kathmandu valley'],
    events: ['Zig-zag kiln conversion: a hands-on workshop for kiln owners and firemen'],
    published: true,
  },
  {
    input: {
      kind: 'guidance',
      title: "What a city's emissions inventory needs",
      date: '2025-09-05',
      authors: ['3iPET programme team'],
      pollutants: ['pm2.5', 'pm10', 'nox', 'so2'],
      sectors: ['transport', 'industry', 'residential'],
      countries: ['NP', 'LK', 'IN'],
      categories: ['monitoring'],
      body: `## The short list

An emissions inventory tells a city **which sources** to act on first. It needs:

- **Activity data** per source: fuel sold, vehicle kilometres, kilns and their output, waste burned.
- **Emission factors** that fit local technology (a Euro II bus is not a Euro VI bus).
- **Spatial data**: road network, industrial sites, population grid at 1 km.
- **A base year** and a plan to update it every two to three years.

## Check it against measurements

Compare the inventory with monitoring data and source apportionment. Large gaps usually mean a missing source (open burning, dust) rather than wrong factors.

## People

One analyst who owns the inventory, and data-sharing agreements with transport, industry and energy departments.`,
      translations: [
        {
          language: 'zh',
          title: '城市排放清单需要什么',
          body: `## 简要清单

排放清单告诉城市应当**优先治理哪些污染源**。它需要：

- 各类源的**活动水平数据**：燃料销量、车辆行驶里程、砖窑及产量、垃圾焚烧量。
- 符合本地技术水平的**排放因子**。
- **空间数据**：路网、工业点位、1 公里人口网格。
- **基准年**，以及每两到三年更新一次的计划。

## 用监测数据校核

将清单与监测数据和源解析结果对比。差距较大时，通常是遗漏了某类源（露天焚烧、扬尘），而不是排放因子有误。`,
        },
      ],
    },
    technologies: [
      'Ambient air-quality reference monitoring station',
      'Seven-day air-quality forecasting service with source attribution',
    ],
    needs: [],
    events: ['South Asia Regional Air Quality Conference: clean air, shared airsheds'],
    published: true,
  },
  {
    input: {
      kind: 'case-study',
      title: 'CEMS at a cement plant: from installation to trusted data',
      date: '2025-06-18',
      authors: ['MEE FECO', 'Clean Air Asia'],
      pollutants: ['so2', 'nox', 'pm10'],
      sectors: ['industry.cement'],
      countries: ['CN', 'IN'],
      categories: ['monitoring.cems'],
      body: `## The plant

A 5,000 t/day clinker line installed a continuous emission monitoring system (CEMS) for SO2, NOx, O2 and dust on its kiln stack.

## What worked

- **Daily zero and span checks** logged automatically.
- A quarterly comparison with a reference method by an accredited laboratory.
- Data sent every minute to the regulator's platform, with flags for maintenance periods.

## What it took

Two trained technicians, a spare-parts budget of about 8 % of the system's price per year, and a clear rule for handling missing data.

## Result

Within a year the regulator accepted the CEMS data for compliance, and the plant used it to tune its SNCR and cut ammonia use.`,
      translations: [
        {
          language: 'zh',
          title: '水泥厂烟气排放连续监测系统（CEMS）案例：从安装到数据可信',
          body: `## 工厂概况

一条日产 5000 吨熟料的生产线在窑尾烟囱安装了监测 SO2、NOx、O2 和颗粒物的烟气排放连续监测系统。

## 成功经验

- 每日**零点和量程校准**自动记录。
- 每季度由有资质的实验室进行参比方法比对。
- 数据每分钟上传监管平台，维护期间有标记。

## 结果

一年内监管部门认可了 CEMS 数据用于达标判定，工厂还利用数据优化 SNCR，减少了氨的用量。`,
        },
      ],
    },
    technologies: ['Continuous emission monitoring system (CEMS) for SO2, NOx, O2 and dust'],
    needs: [],
    events: ['Technology delegation to Hangzhou and Shanghai: ESP, FGD and CEMS reference plants'],
    published: true,
  },
  {
    input: {
      kind: 'policy-brief',
      title: 'Clean cooking with LPG: what subsidies and distribution must get right',
      date: '2025-03-08',
      authors: ['3iPET programme team'],
      pollutants: ['pm2.5', 'co', 'black-carbon'],
      sectors: ['residential'],
      countries: ['IN', 'NP', 'LK'],
      categories: ['clean-fuels.fuel-switch', 'clean-fuels.cookstoves'],
      body: `## The problem

Households that cook on wood, dung or crop residue breathe the worst air of anyone. A gas connection alone does not change that: many families go back to solid fuel when a refill costs too much or takes too long.

## What works

1. **Targeted refill subsidies**, paid to the household, not only the first connection.
2. **Distributors within 10 km** of villages, or home delivery.
3. **Smaller cylinders** (5 kg) for families who cannot pay for a 14 kg refill at once.
4. Pair LPG with an **induction cooker** where power is reliable.

## Measure use, not connections

Track refills per household per year; fewer than six means stacking with solid fuel.`,
      translations: [
        {
          language: 'zh',
          title: '液化石油气清洁炊事：补贴与配送的关键',
          body: `## 问题

使用柴薪、畜粪或秸秆做饭的家庭呼吸着最差的空气。仅仅接通燃气并不能改变这一点：充气太贵或太远时，很多家庭又回到固体燃料。

## 有效做法

1. **按户补贴充气**，而不只是补贴首次开户。
2. 村庄 10 公里内设**配送点**或送气上门。
3. 为无力一次支付 14 公斤充气费的家庭提供 **5 公斤小钢瓶**。
4. 供电可靠的地方，将液化石油气与**电磁炉**搭配使用。`,
        },
      ],
    },
    technologies: [
      'Induction cooking kit for LPG and firewood households',
      'Forced-draft gasifier cookstove for wood and pellets',
    ],
    needs: [],
    events: [],
    published: true,
  },
  {
    input: {
      kind: 'workshop-material',
      title: 'Low-cost sensor calibration: workshop slides and exercises',
      date: '2026-01-15',
      authors: ['Clean Air Asia'],
      pollutants: ['pm2.5'],
      sectors: [],
      countries: ['NP', 'LK', 'IN'],
      categories: ['monitoring.low-cost-sensors'],
      body: `Material from the calibration workshop: co-location with a reference monitor, humidity correction, and QA/QC checks.

- Exercise 1: fit a linear correction from two weeks of co-location data.
- Exercise 2: flag sensors drifting by more than 20 %.`,
      translations: [
        {
          language: 'zh',
          title: '低成本传感器校准：培训课件与练习',
          body: `校准研讨会的材料：与参比监测仪并行比对、湿度校正以及质量控制检查。`,
        },
      ],
    },
    technologies: ['Low-cost PM2.5 sensor network with co-location calibration'],
    needs: ['Low-cost PM sensor network for 30 schools in the Kathmandu valley'],
    events: ['Low-cost sensors: calibration, QA/QC, and what the data can (and cannot) tell you'],
    published: false,
  },
];
