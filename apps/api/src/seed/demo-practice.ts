/** The seeded demo practice; sign-in help is offered only while it is the practice in use. */
export const DEMO_PRACTICE_NAME = 'Riverside Family Medicine';
