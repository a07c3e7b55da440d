export * from './counties.ts';
export * from './finsam-members.ts';
export * from './member-name-for-municipality.ts';
export * from './municipalities.ts';
export * from './region-member-for-county.ts';
export * from './search-municipalities.ts';
