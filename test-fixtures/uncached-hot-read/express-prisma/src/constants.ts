/** Keys of the rows in the settings table. */
export const SUPPORT_EMAIL_KEY = 'support-email';
export const ANNOUNCEMENT_KEY = 'announcement';
