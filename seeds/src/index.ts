export * from './organisation.js';
export * from './channels.js';
export * from './divisions.js';
export * from './officials.js';
export * from './demo-users.js';
export * from './holidays.js';
export * from './deadline-rules.js';
