import { ruleTester } from '@/tests/support/ruleTester';
import rule from './identifier';

ruleTester(rule, {
  valid: [
    // SSNs the SSA never issues, and placeholders
    'Example only: 000-12-3456',
    'Example only: 666-12-3456',
    'Example only: 912-34-5678',
    'Example only: 111-11-1111',
    'Example only: 123-45-6789',
    // ID words without a number
    { text: 'Please bring a photo ID and your member card.', context: 'post' },
    { text: 'Member since 2019 and still smiling!', context: 'post' },
    // a card number that fails the Luhn checksum
    'Order 4111 1111 1111 1112 shipped',
  ],
  invalid: [
    { text: 'Her SSN is 219-09-9999.', findings: [{ span: '219-09-9999', severity: 'block' }] },
    { text: 'social security 219 09 9999', findings: [{ span: '219 09 9999' }] },
    { text: 'MRN: 00482913 for the file', findings: [{ span: '00482913' }] },
    { text: 'member ID XJH448120 on file', findings: [{ span: 'XJH448120' }] },
    // fullwidth characters fold to ASCII
    { text: 'policy # ＢＣＢ７７４１９０２２, at the front desk', findings: [{ span: 'ＢＣＢ７７４１９０２２' }] },
    { text: 'Your claim #MM-55091827 was reprocessed', findings: [{ span: '#MM-55091827' }] },
    // digits spaced out
    { text: 'use policy number 0 0 7 - 4 4 1 - 9 2 8 please', findings: [{ span: '0 0 7 - 4 4 1 - 9 2 8' }] },
    { text: 'refunded to the Visa ending 4417', findings: [{ span: 'Visa ending 4417' }] },
    { text: 'license plate 7KLM442 was in the lot', findings: [{ span: '7KLM442' }] },
    { text: 'pump serial number SN4490217', findings: [{ span: 'SN4490217' }] },
    { text: 'card 4111 1111 1111 1111 on file', findings: [{ span: '4111 1111 1111 1111' }] },
  ],
});
