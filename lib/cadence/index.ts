// Streak and cadence maths: pure functions of the post log, the rules and a clock passed in.
export * from './calendarDate';
export * from './timeZone';
export * from './types';
export * from './weeks';
export * from './streak';
export * from './pace';
export * from './heatmap';
export * from './summary';
export * from './nudge';
export * from './reminderTime';
