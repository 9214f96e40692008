/**
 * The four kinds the extraction decision (and the blind evaluation) reasons about, from the taxonomy's
 * skill_type: technology -> tech, method -> method, knowledge and (spoken) language -> domain,
 * transversal -> soft. Plus two small id sets used as decision features (docs/extraction.md):
 *   INDUSTRY: words that name a company's business more often than a skill asked of the hire;
 *   GENERIC:  broad areas that are role words more often than skills ("backend", "full stack").
 */
import type { Skill } from './taxonomy.ts';

export type Kind = 'tech' | 'method' | 'domain' | 'soft';
export const KINDS: readonly Kind[] = ['tech', 'method', 'domain', 'soft'];

export function kindOf(skill: Pick<Skill, 'skill_type'>): Kind {
  switch (skill.skill_type) {
    case 'method':
      return 'method';
    case 'knowledge':
    case 'language':
      return 'domain';
    case 'transversal':
      return 'soft';
    default:
      return 'tech';
  }
}

export const INDUSTRY: ReadonlySet<string> = new Set([
  'fintech',
  'healthcare-it',
  'adtech',
  'ecommerce',
  'blockchain',
  'defi',
  'bitcoin',
  'ethereum',
  'solana',
  'aerospace',
  'autonomous-driving',
  'medical-devices',
  'drones',
  'wearables',
  'open-source',
  'iot',
  'robotics',
  'ar-vr',
  'quantum-computing',
  'trading-systems',
  'supply-chain',
  'cybersecurity',
  'generative-ai',
  'ai',
  'bioinformatics',
  'cheminformatics',
  'game-development',
  'payments',
  'video-streaming',
  'automotive-software',
  'smart-contracts',
  'edge-computing',
  'sales',
  'recruiting',
  'customer-support',
  'fundraising',
]);

export const ROLE_AREA: ReadonlySet<string> = new Set([
  'devops',
  'sre',
  'platform-engineering',
  'software-testing',
  'ux-design',
  'ui-design',
  'product-design',
  'sysadmin',
  'data-science',
  'data-analysis',
  'frontend',
  'backend',
  'full-stack',
  'mobile-development',
  'devrel',
  'solutions-engineering',
  'technical-writing',
  'fpga',
  'accessibility',
  'cloud-architecture',
  'devsecops',
  'secops',
  'security-engineering',
  'data-engineering',
  'release-engineering',
  'product-management',
  'project-management',
  'engineering-management',
  'technical-leadership',
  'graphic-design',
]);

export const GENERIC: ReadonlySet<string> = new Set([
  'backend',
  'frontend',
  'full-stack',
  'web-development',
  'cross-platform',
  'mobile-development',
  'sdlc',
  'code-quality',
  'engineering-management',
  'technical-leadership',
  'research',
  'teaching',
]);
