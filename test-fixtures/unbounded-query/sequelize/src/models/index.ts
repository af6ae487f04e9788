import { Order } from './order';
import { OrderItem } from './order-item';
import { Product } from './product';
import { Review } from './review';
import { User } from './user';

User.hasMany(Order, { foreignKey: 'userId', as: 'orders' });
Order.belongsTo(User, { foreignKey: 'userId', as: 'user' });
Order.hasMany(OrderItem, { foreignKey: 'orderId', as: 'items' });
OrderItem.belongsTo(Product, { foreignKey: 'productId', as: 'product' });
Product.hasMany(Review, { foreignKey: 'productId', as: 'reviews' });

export { Order, OrderItem, Product, Review, User };
