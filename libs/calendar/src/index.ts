export * from './lib/zoned-time';
export * from './lib/business-hours';
export * from './lib/sla';
