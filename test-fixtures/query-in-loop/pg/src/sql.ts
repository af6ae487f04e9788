export const SELECT_USER_BY_ID = 'SELECT id, email, name FROM users WHERE id = $1';
export const SELECT_USERS_BY_IDS = 'SELECT id, email, name FROM users WHERE id = ANY($1::int[])';
export const INSERT_AUDIT = `INSERT INTO audit_log (user_id, action, created_at) VALUES ($1, $2, now())`;
