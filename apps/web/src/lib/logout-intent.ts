/**
 * Set while a user logs out on purpose, so that the login guard sends them to a plain login page
 * rather than one that would return the next person to log in on this browser to the page the
 * previous user left.
 */
let isLoggingOut = false;

export const markLoggingOut = (value: boolean): void => {
  isLoggingOut = value;
};

export const wasLoggedOutOnPurpose = (): boolean => isLoggingOut;

/**
 * Set when the API said the session had ended (expired, or ended from another device) while the
 * app was in use, so the login page can say why the user is there; cleared by the next login.
 */
let isSessionExpired = false;

export const markSessionExpired = (value: boolean): void => {
  isSessionExpired = value;
};

export const wasSessionExpired = (): boolean => isSessionExpired;
