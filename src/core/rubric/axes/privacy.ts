/**
 * alibaba-pm · customer-privacy and alihealth-pm · data-privacy: a named mechanism that keeps personal
 * data safe (tokenisation, salted hashing, KMS envelope encryption, consent records, k-anonymity …).
 * "Data is protected" without a mechanism is not evidence.
 */
import { cue } from '../cues';
import { cached, evidenceOf, inKinds, type RUnit } from '../doc';
import type { AxisDetector } from '../grade';
import { privacyMechanism } from '../signals';

const LAW = cue(['pipl', 'gdpr', 'hipaa', 'purpose limitation', 'consent', 'sensitive personal information', '个人信息保护法', '个保法', '单独同意', '敏感个人信息', '《']);
const law = cached((u: RUnit) => LAW.test(u.text));

function privacyDetector(id: string, subject: string): AxisDetector {
  return {
    id,
    question: `Which mechanism keeps ${subject} data private — and who can read it?`,
    detect(doc) {
      const units = doc.units.filter(u => privacyMechanism(u) !== undefined);
      return {
        evidence: evidenceOf(units),
        depth: [
          { met: units.some(u => privacyMechanism(u) === 'strong'), question: 'Is the personal data tokenised, hashed or encrypted — with which keys?' },
          { met: units.some(u => inKinds(u, 'privacy')) || units.length >= 3, question: 'Where in the design does personal data live, and who may access it?' },
          { met: doc.units.some(law), question: 'Which legal basis (PIPL consent, purpose limitation) does this rest on?' },
          { met: units.length >= 2, question: 'What happens to the data in analytics, exports and deletion?' },
        ],
      };
    },
    penalty: { rule: 'unnamed-mechanism', question: n => `${n} guarantee(s) are claimed without a mechanism: how is each enforced?` },
  };
}

export const customerPrivacy = privacyDetector('customer-privacy', 'buyer');
export const dataPrivacy = privacyDetector('data-privacy', 'patient');
