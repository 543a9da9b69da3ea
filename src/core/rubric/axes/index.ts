/** Axis id → detector. Every axis of every profile has exactly one. */
import type { AxisDetector } from '../grade';
import { auditability } from './auditability';
import { businessContext } from './business-context';
import { clinicalWorkflow } from './clinical-workflow';
import { constraintNegotiation } from './constraint-negotiation';
import { crossBuDependencies } from './cross-bu-dependencies';
import { ecosystem } from './ecosystem';
import { escalationFraming } from './escalation-framing';
import { fallbackOwnership } from './fallback-ownership';
import { healthOutcomes } from './health-outcomes';
import { kpiAnchor } from './kpi-anchor';
import { operationalRealism } from './operational-realism';
import { ownership } from './ownership';
import { partyMapping } from './party-mapping';
import { customerPrivacy, dataPrivacy } from './privacy';
import { regulatoryPathway } from './regulatory-pathway';
import { riskMitigation } from './risk-mitigation';
import { scopeFraming } from './scope-framing';
import { stakeholders } from './stakeholders';
import { stateDesign } from './state-design';
import { tradeOffs } from './trade-offs';

export const DETECTORS: ReadonlyMap<string, AxisDetector> = new Map([
  kpiAnchor, tradeOffs, ownership, riskMitigation, customerPrivacy, ecosystem,
  scopeFraming, businessContext, crossBuDependencies, operationalRealism, escalationFraming,
  constraintNegotiation, partyMapping, stateDesign, fallbackOwnership, auditability,
  clinicalWorkflow, regulatoryPathway, dataPrivacy, stakeholders, healthOutcomes,
].map(d => [d.id, d]));
