/** English strings of the home page examples and the pages' titles and descriptions (see en.ts). */
export const enFindability = {
  examples: {
    first: 'brick kiln dust',
    second: 'electrostatic precipitator',
    third: 'FGD cement',
    fourth: 'low-cost sensors',
  },
};
