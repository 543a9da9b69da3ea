/** alibaba-pm · ecosystem: the design plugs into other Alibaba properties (Alipay, Cainiao, Taobao …), not just the one asked about. */
import { cue } from '../cues';
import { cached, evidenceOf, type RubricDoc, type RUnit, unitEntities } from '../doc';
import type { AxisDetector } from '../grade';
import { unitQuantity } from '../signals';

const INTEGRATION = cue(['badge', 'cashier', 'api', 'event', 'events', 'tracking', 'login', 'membership', 'checkout', 'wallet', 'page',
  'engine', 'points', 'sso', 'mini program', 'open platform', '打通', '接入', '跳转', '收银台', '会员', '小程序', '开放平台', '轨迹']);

/** Ecosystem properties in the unit other than the one the prompt is about (nor a sub-brand of it). */
export function otherEntities(doc: RubricDoc, u: RUnit): string[] {
  const own = [...doc.ownEntities];
  return unitEntities(u).filter(e => !own.some(o => o.includes(e) || e.includes(o)));
}
const integrates = cached((u: RUnit) => INTEGRATION.test(u.text));

export const ecosystem: AxisDetector = {
  id: 'ecosystem',
  question: 'Which other Alibaba properties (Alipay, Cainiao, Taobao …) does this plug into, and what does each add?',
  detect(doc) {
    const units = doc.units.filter(u => unitEntities(u).length > 0 && otherEntities(doc, u).length > 0);
    const distinct = new Set(units.flatMap(u => otherEntities(doc, u)));
    return {
      evidence: evidenceOf(units),
      depth: [
        { met: distinct.size >= 2, question: 'Which second ecosystem property would you bring in, and why?' },
        { met: units.some(unitQuantity), weight: 2, question: 'What does the integration add in numbers (conversion, delivery time, basket size)?' },
        { met: units.some(integrates), question: 'Through which integration point exactly (cashier, tracking events, membership)?' },
      ],
    };
  },
};
