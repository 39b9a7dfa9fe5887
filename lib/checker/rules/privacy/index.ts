import type { Rule } from '../../rule';
import { address } from './address';
import { birthdate } from './birthdate';
import { bsn } from './bsn';
import { combination } from './combination';
import { email } from './email';
import { iban } from './iban';
import { licensePlate } from './license-plate';
import { patientNumber } from './patient-number';
import { person } from './person';
import { phone } from './phone';
import { postcode } from './postcode';
import { rrn } from './rrn';

export const privacyRules: Rule[] = [
  bsn,
  rrn,
  iban,
  email,
  phone,
  postcode,
  address,
  birthdate,
  patientNumber,
  licensePlate,
  person,
  combination,
];
