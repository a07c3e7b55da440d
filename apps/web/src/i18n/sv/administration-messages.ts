/**
 * The administration's field messages: eager, since the login form and the onboarding form show
 * them beside their fields. The page strings are `./administration.ts`.
 */
export const administrationMessages = {
  errors: {},
  validation: {
    /** Beside both login fields: the server never says which of them was wrong. */
    credentials: 'Fel e-postadress eller lösenord.',
    otherMembers: { duplicate: 'Två av medlemmarna har samma namn.' },
  },
};
