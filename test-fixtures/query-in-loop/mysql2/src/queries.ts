export const SELECT_PRODUCT = 'SELECT id, sku, name, price_cents, stock FROM products WHERE id = ?';
export const SELECT_PRODUCTS = 'SELECT id, sku, name, price_cents, stock FROM products WHERE id IN (?)';
export const DECREMENT_STOCK = 'UPDATE products SET stock = stock - ? WHERE id = ? AND stock >= ?';
