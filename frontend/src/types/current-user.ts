/** The signed-in person as the backend reports it from /api/login and /api/me. */
export type CurrentUser = {
  username: string;
  groups: string[];
};
