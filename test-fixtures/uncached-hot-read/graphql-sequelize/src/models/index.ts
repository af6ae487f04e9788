import { Country } from './country';
import { Plan } from './plan';
import { Setting } from './setting';
import { TaxRate } from './tax-rate';
import { User } from './user';

export { Country, Plan, Setting, TaxRate, User };
