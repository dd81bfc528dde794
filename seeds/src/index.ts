export * from './organisation.js';
export * from './channels.js';
export * from './demo-users.js';
export * from './holidays.js';
export * from './deadline-rules.js';
export * from './organisation-file.js';
export * from './demo-organisation.js';
