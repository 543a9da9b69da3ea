import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/engine';
import { parse } from '../../src/core/parse';
import { findProfile } from '../../src/core/profiles';
import { clearRubricCache, countText, rubricCacheStats, scoreRubric, speakingTime } from '../../src/core/rubric';
import { namedRole } from '../../src/core/rubric/cues';
import { hasQuantity } from '../../src/core/rubric/signals';
import type { AxisScore, Rubric } from '../../src/core/rubric/types';
import type { Finding } from '../../src/core/types';

const EXAMPLES = join(__dirname, '../../examples');

const rubricOf = (source: string, profile: string, findings: Finding[] = []): Rubric =>
  scoreRubric(parse(source), findProfile(profile)!, findings);
const axis = (r: Rubric, id: string): AxisScore => {
  const a = r.axes.find(x => x.id === id);
  assert.ok(a, `axis ${id}`);
  return a;
};
const lines = (a: AxisScore): number[] => a.evidence.map(e => e.line);
const ownerFinding = (line: number): Finding => ({
  rule: 'missing-owner', severity: 'warning', messageId: 'noOwner', message: '',
  range: { start: { line, column: 0 }, end: { line, column: 1 } },
});

describe('rubric', () => {
  describe('alibaba-pm (English)', () => {
    const src = [
      '> Design a scalable coupon system for Tmall Supermarket.', //            0 (quoted prompt)
      '',
      '## Impact', //                                                              2
      '',
      'I anchor on coupon GMV: from ¥1.2B to ¥1.4B for 11.11.', //                 4
      '',
      '## Trade-offs', //                                                          6
      '',
      '- Tair counters rather than a PolarDB check: about 0.2% of claims see "sold out" early, but p99 stays under 150 ms.', // 8
      '',
      '## Risks', //                                                              10
      '',
      '| Risk | Trigger | Mitigation | Owner |', //                                12
      '|---|---|---|---|',
      '| Budget overspend | Issued > 102% of cap | Pause the campaign | Marketing-tech on-call |', // 14
      '| Bots farm coupons | > 5 claims per device per minute | Challenge through the risk engine | |', // 15
      '',
      '```yaml',
      'privacy: tokenised user IDs',
      '```',
    ].join('\n');
    const r = rubricOf(src, 'alibaba-pm');

    it('scores the KPI with a baseline and points at its line', () => {
      const kpi = axis(r, 'kpi-anchor');
      assert.ok(kpi.score >= 3);
      assert.deepEqual(lines(kpi), [4]);
      assert.ok(kpi.evidence[0].text.startsWith('I anchor on coupon GMV'));
    });

    it('finds the trade-off with its cost and the owned risk row', () => {
      assert.deepEqual(lines(axis(r, 'trade-offs')), [8]);
      assert.deepEqual(lines(axis(r, 'ownership')), [14], 'the row with an empty owner cell is not ownership evidence');
      assert.deepEqual(lines(axis(r, 'risk-mitigation')), [14, 15]);
    });

    it('counts 放弃 "give up" as a trade-off, but not the funnel metric 放弃率 "abandonment rate"', () => {
      const zh = (line: string): number[] => lines(axis(rubricOf(`# 优惠券\n\n## 设计\n\n${line}\n`, 'alibaba-pm'), 'trade-offs'));
      assert.deepEqual(zh('首单用户的结算放弃率从 12% 降到 9%。'), []);
      assert.deepEqual(zh('我们放弃强一致，换取 99.99% 的可用性，对账延迟最多 5 分钟。'), [4]);
      assert.deepEqual(zh('放弃实时扣减，改为每 5 分钟批量对账。'), [4]);
    });

    it('scores 0 without evidence and asks the interviewer question', () => {
      const privacy = axis(r, 'customer-privacy');
      assert.equal(privacy.score, 0, 'code blocks are not evidence');
      assert.deepEqual(privacy.evidence, []);
      assert.ok(privacy.missing.some(q => q.endsWith('?')));
      const eco = axis(r, 'ecosystem');
      assert.equal(eco.score, 0, 'the property the prompt is about is not ecosystem integration');
    });

    it('keeps evidence excerpts to 80 characters', () => {
      for (const a of r.axes) for (const e of a.evidence) assert.ok(e.text.length <= 80, e.text);
      assert.ok(axis(r, 'trade-offs').evidence[0].text.endsWith('…'));
    });

    it('asks for what a present axis still lacks', () => {
      const own = axis(r, 'ownership');
      assert.ok(own.score > 0 && own.score < 5);
      assert.ok(own.missing.includes('Which risks still have no owner?'));
    });

    it('lets missing-owner findings cap ownership without zeroing it', () => {
      const capped = axis(rubricOf(src, 'alibaba-pm', [15, 20, 21, 22].map(ownerFinding)), 'ownership');
      assert.equal(capped.score, Math.min(axis(r, 'ownership').score, 2));
      assert.ok(capped.score >= 1);
      assert.ok(capped.missing.some(q => q.startsWith('4 risk(s)')));
    });
  });

  describe('ant-pm (Chinese)', () => {
    const src = [
      '## 先对齐约束', //                                        0
      '',
      '- 单笔 ≥ ¥2,000 的转账进入本系统，我假设当日累计上限 ¥5,000，需要和风控确认。', // 2
      '',
      '## 参与方', //                                            4
      '',
      '| 参与方 | 职责 |',
      '|---|---|',
      '| 用户 | 发起转账 |', //                                  8
      '| 支付宝风控 | 打分并拦截 |', //                          9
      '| 收款银行 | 配合冻结 |', //                              10
      '',
      '## 状态', //                                              12
      '',
      '| 状态 | 含义 | 谁能变更 |',
      '|---|---|---|',
      '| 待确认 | 资金暂缓 30 分钟 | 用户 |', //                   16
      '| 已拦截 | 资金退回 | 风控审核员 |', //                     17
      '',
      '所有拦截决策写入只追加的决策日志，记录模型版本号。', //        19
      '',
      '## 风险',
      '',
      '- 模型误拦：投诉上升时回滚到上一版模型。', //                  23
    ].join('\n');
    const r = rubricOf(src, 'ant-pm');

    it('reads constraints, party and state tables', () => {
      assert.deepEqual(lines(axis(r, 'constraint-negotiation')), [2]);
      assert.deepEqual(lines(axis(r, 'party-mapping')), [8, 9, 10]);
      assert.deepEqual(lines(axis(r, 'state-design')), [16, 17]);
      assert.deepEqual(lines(axis(r, 'auditability')), [19]);
    });

    it('does not count owners of normal states as fallback ownership', () => {
      const fb = axis(r, 'fallback-ownership');
      assert.equal(fb.score, 0);
      assert.ok(fb.missing[0].includes('which role owns it'));
    });

    it('counts an owner on a failure fallback', () => {
      const owned = rubricOf(`${src}\n- 风控引擎不可用超过 5 分钟：风控值班工程师切换到人工审核。\n`, 'ant-pm');
      assert.deepEqual(lines(axis(owned, 'fallback-ownership')), [24]);
    });

    it('asks about liability when the party table has no loss column', () => {
      assert.ok(axis(r, 'party-mapping').missing.includes('Who bears the loss in each failure case?'));
    });
  });

  describe('alibaba-tpm (mixed)', () => {
    it('needs a team hand-off, not just systems, for cross-BU dependencies', () => {
      const systems = rubricOf('## Design\n\nTaobao and Ele.me call the points service; events go through RocketMQ.\n', 'alibaba-tpm');
      assert.equal(axis(systems, 'cross-bu-dependencies').score, 0);
      const teams = rubricOf('## Dependencies\n\n- 淘宝订单页团队负责前端展示，6 月 1 日前完成排期。\n- Cainiao API team owns the event contract.\n', 'alibaba-tpm');
      const dep = axis(teams, 'cross-bu-dependencies');
      assert.deepEqual(lines(dep), [2, 3]);
      assert.ok(dep.score >= 3);
    });

    it('does not take a single page to on-call for an escalation ladder', () => {
      const src = '## Operations\n\n- Consumer lag 超过 100 万条并持续 10 分钟，page 菜鸟轨迹 on-call 工程师。\n';
      const r = rubricOf(src, 'alibaba-tpm');
      assert.deepEqual(lines(axis(r, 'operational-realism')), [2]);
      assert.equal(axis(r, 'escalation-framing').score, 0);
    });
  });

  describe('alihealth-pm', () => {
    it('needs a named mechanism for data privacy and a clinical metric for outcomes', () => {
      const weak = rubricOf('## Data\n\nPatient data is handled securely and kept private.\n\n## Goal\n\nMedian review time from 38 to 10 minutes.\n', 'alihealth-pm');
      assert.equal(axis(weak, 'data-privacy').score, 0);
      assert.equal(axis(weak, 'health-outcomes').score, 0);
      const strong = rubricOf('## Outcome\n\nRaise the share with HbA1c below 7% at 6 months from 32% to 40%.\n\n## Privacy\n\nReadings sit under a tokenised patient ID with KMS envelope encryption.\n', 'alihealth-pm');
      assert.deepEqual(lines(axis(strong, 'health-outcomes')), [2]);
      assert.deepEqual(lines(axis(strong, 'data-privacy')), [6]);
    });

    it('does not take an app flow for a clinical workflow', () => {
      const app = rubricOf('## 用户流程\n\n1. 患者点击问诊，描述症状。\n2. 系统推荐 3 位医生。\n3. 问诊结束后医生可以开具电子处方。\n', 'alihealth-pm');
      assert.equal(axis(app, 'clinical-workflow').score, 0);
      const care = rubricOf('## Flow\n\n1. Two fasting readings above 13.9 mmol/L create a task; the nurse calls within 24 h.\n', 'alihealth-pm');
      assert.deepEqual(lines(axis(care, 'clinical-workflow')), [2]);
    });
  });

  it('never takes template placeholders for evidence', () => {
    const r = rubricOf('## Impact\n\nMove <metric> from <baseline> to <target>.\n\n| Risk | Owner |\n|---|---|\n| <risk> | <owner role> |\n', 'alibaba-pm');
    for (const a of r.axes) assert.equal(a.score, 0, a.id);
  });

  it('returns every axis of the profile in order, with its label and look-for', () => {
    const profile = findProfile('alihealth-pm')!;
    const r = rubricOf('', 'alihealth-pm');
    assert.deepEqual(r.axes.map(a => a.id), profile.axes.map(a => a.id));
    for (const a of r.axes) { assert.ok(a.label && a.lookFor); assert.equal(a.score, 0); assert.ok(a.missing.length > 0); }
  });

  describe('speaking time', () => {
    it('counts English words and Chinese characters separately', () => {
      assert.deepEqual(countText('Claims peak at 400K req/s 在当晚。'), { englishWords: 6, chineseChars: 3 });
      assert.deepEqual(countText('高可用 p99 < 150 ms'), { englishWords: 3, chineseChars: 3 });
    });

    it('counts words like UAX #29 word segmentation, without segmenting', () => {
      // Reference: Intl.Segmenter (word granularity) on short strings, where it is fast.
      const seg = new Intl.Segmenter('zh', { granularity: 'word' });
      const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
      const reference = (text: string) => {
        let englishWords = 0;
        let chineseChars = 0;
        for (const s of seg.segment(text)) {
          if (!s.isWordLike) continue;
          chineseChars += s.segment.match(HAN)?.length ?? 0;
          if (/[\p{L}\p{N}]/u.test(s.segment.replace(HAN, ''))) englishWords += 1;
        }
        return { englishWords, chineseChars };
      };
      const samples = [
        "Don't page the on-call SRE before 09:30; e.g. U.S. merchants' p99 is 1,200.5 ms (req/s ≈ 40K).",
        'redemption_id 唯一索引，重试不会重复扣券。Tair 计数器 vs PolarDB：约 0.2% 的领取提前“售罄”。',
        '高可用 p99 < 150 ms，峰值 40,000 QPS；𠀀 与 〇 各算一个字。', 'a.b a.1 1.a 1;2 3\'4 a’ ’a x² Ⅻ ①② ___ __a ＡＢＣ １２３',
        ...readdirSync(EXAMPLES).filter(f => f.endsWith('.md')).flatMap(f => readFileSync(join(EXAMPLES, f), 'utf8').split('\n')),
      ];
      for (const s of samples) assert.deepEqual(countText(s), reference(s), s);
    });

    it('counts hyphenated words as UAX #29 does, and counts long text in full', () => {
      assert.deepEqual(countText('on-call, go/no-go'), { englishWords: 5, chineseChars: 0 });
      assert.deepEqual(countText('We will make it robust. '.repeat(20_000)), { englishWords: 100_000, chineseChars: 0 });
      assert.deepEqual(countText('高可用'.repeat(100_000)), { englishWords: 0, chineseChars: 300_000 });
      assert.deepEqual(countText('.,;:!?-—()[]{}'.repeat(20_000)), { englishWords: 0, chineseChars: 0 });
    });

    it('counts prose and table body cells, not code, comments, front matter, quotes or table headers', () => {
      const src = [
        '---', 'profile: alibaba-pm', 'prompt: Design a thing with many words', '---',
        '> The prompt read back is not spoken by the candidate',
        '',
        '## Risks', // 1 word
        '',
        'One two three. 四五六。', // 3 words, 3 chars
        '',
        '<!-- a comment with words -->',
        '',
        '| Risk | Owner |',
        '|---|---|',
        '| Bot farms | - |', // 2 words
        '',
        '```', 'const notCounted = 1;', '```',
      ].join('\n');
      const t = speakingTime(parse(src));
      assert.equal(t.englishWords, 6);
      assert.equal(t.chineseChars, 3);
    });

    it('converts at ~130 words and ~220 characters a minute and flags answers over 20 minutes', () => {
      const english = Array.from({ length: 1300 }, () => 'word').join(' ');
      const chinese = '字'.repeat(2200);
      const r = rubricOf(`${english}\n\n${chinese}\n`, 'alibaba-pm');
      assert.equal(r.englishWords, 1300);
      assert.equal(r.chineseChars, 2200);
      assert.equal(r.speakingMinutes, 20);
      assert.equal(r.targetMinutes, 12);
      assert.equal(r.tooLong, false);
      const longer = rubricOf(`${english} ${'more '.repeat(20)}\n\n${chinese}\n`, 'alibaba-pm');
      assert.equal(longer.speakingMinutes, 20.2);
      assert.equal(longer.tooLong, true);
    });
  });

  describe('evidence excerpts', () => {
    const src = [
      '## Impact', //                                                                     0
      '',
      'Lift conversion from 3% to 3.5% <img src=x onerror=alert(1)> as measured.', // 2
      'We keep the budget. Cut abandonment from 12% to 9% </script> for new buyers.', //  3
      '',
      '## Constraints', //                                                                5
      '',
      '- **Peak** traffic is 40,000 QPS, see [link](javascript:alert(1)).', //            7
      '',
      '## Risks', //                                                                      9
      '',
      '| Risk | Trigger | Mitigation | Owner |',
      '|---|---|---|---|',
      '| Double spend </script> | > 10 duplicates per minute | Reject by unique key | payments tech lead |', // 13
      '| Ledger lag | lag above 30 s for 5 min | Pause issuance | |', //                  14
    ].join('\n');
    const r = rubricOf(src, 'alibaba-pm');
    const all = r.axes.flatMap(a => a.evidence);
    const at = (line: number): string => { const e = all.find(x => x.line === line); assert.ok(e, `evidence on line ${line}`); return e.text; };

    it('shows the source as written, hostile markup included, as text', () => {
      assert.equal(at(2), 'Lift conversion from 3% to 3.5% <img src=x onerror=alert(1)> as measured.');
      assert.equal(at(3), 'Cut abandonment from 12% to 9% </script> for new buyers.', 'the sentence, not the start of its line');
      assert.ok(at(13).startsWith('Double spend </script> | > 10 duplicates per minute | Reject'), at(13));
    });

    it('drops container markers only: bullets, heading hashes, quote markers and outer table pipes', () => {
      const scope = rubricOf('## Scope\n\n> quoted prompt\n\n1. **Out of scope**: refunds, see [x](javascript:alert(1)).\n', 'alibaba-tpm');
      assert.deepEqual(axis(scope, 'scope-framing').evidence, [{ line: 4, text: '**Out of scope**: refunds, see [x](javascript:alert(1)).' }]);
      assert.equal(at(14), 'Ledger lag | lag above 30 s for 5 min | Pause issuance', 'no dangling pipe for the empty owner cell');
    });

    it('clips to 80 characters on a character boundary', () => {
      const long = `## Impact\n\nLift GMV from 1% to 2% ${'𠀀'.repeat(60)}.\n`;
      const e = axis(rubricOf(long, 'alibaba-pm'), 'kpi-anchor').evidence[0];
      assert.ok(e.text.length <= 80 && e.text.endsWith('…'), e.text);
      const beforeEllipsis = e.text.charCodeAt(e.text.length - 2);
      assert.ok(beforeEllipsis < 0xd800 || beforeEllipsis > 0xdbff, 'no lone high surrogate before the ellipsis');
    });
  });

  describe('per-block memo', () => {
    const base = [
      '## Impact', '', 'Lift GMV from ¥1.2B to ¥1.4B for 11.11.', '',
      '## Risks', '', '| Risk | Trigger | Mitigation | Owner |', '|---|---|---|---|',
      '| Budget overspend | Issued > 102% of cap | Pause the campaign | Marketing-tech on-call |', '',
      '## Trade-offs', '', '- Tair counters rather than a PolarDB check: about 0.2% of claims see "sold out" early.', '',
    ];

    it('recomputes only the block that changed, with the same result as from scratch', () => {
      clearRubricCache();
      const profile = findProfile('alibaba-pm')!;
      scoreRubric(parse(base.join('\n')), profile, []);
      const before = rubricCacheStats();
      const edited = [...base];
      edited[2] = 'Lift GMV from ¥1.2B to ¥1.5B for 11.11, and conversion by 2%.';
      const warm = scoreRubric(parse(edited.join('\n')), profile, []);
      const after = rubricCacheStats();
      assert.equal(after.unitLists - before.unitLists, 1, 'one block recomputed');
      clearRubricCache();
      assert.deepEqual(warm, scoreRubric(parse(edited.join('\n')), profile, []));
    });

    it('keys a block on its section context: the same text under another heading is scored for that heading', () => {
      const profile = findProfile('alibaba-pm')!;
      const line = '- Overspend: pause the campaign when spend passes 102% of the cap.';
      const inRisks = scoreRubric(parse(`## Risks\n\n${line}\n`), profile, []);
      const inDesign = scoreRubric(parse(`## Design\n\n${line}\n`), profile, []);
      clearRubricCache();
      assert.deepEqual(inDesign, scoreRubric(parse(`## Design\n\n${line}\n`), profile, []));
      assert.deepEqual(inRisks, scoreRubric(parse(`## Risks\n\n${line}\n`), profile, []));
      assert.notDeepEqual(axis(inRisks, 'risk-mitigation').evidence, axis(inDesign, 'risk-mitigation').evidence);
    });
  });

  describe('wording seen in fresh answers', () => {
    it('reads magnitudes and times of day as quantities, not ordinary words', () => {
      for (const t of ['roughly 38 million bills fall due', '2.5 billion yuan', 'none between 21:00 and 08:00', 'T+1 18:00']) assert.equal(hasQuantity(t), true, t);
      for (const t of ['a million thanks', 'at some point', 'ratio 3:1000', 'see section 12']) assert.equal(hasQuantity(t), false, t);
    });

    it('takes a "pinned down first" section for constraints and a paused channel with its owner for a fallback', () => {
      const r = rubricOf([
        '## Things I\'d want pinned down first', '',
        '- At most three reminders per bill, none between 21:00 and 08:00; I\'d want the compliance officer to sign that off.', '',
        '## What could go wrong', '',
        '- A bug sends duplicates: if there are more than 20 complaints in a week I\'ll pause SMS and take it to the compliance officer.',
      ].join('\n'), 'ant-pm');
      assert.deepEqual(lines(axis(r, 'constraint-negotiation')), [2]);
      assert.deepEqual(lines(axis(r, 'fallback-ownership')), [6]);
    });
  });

  describe('section headings seen in fresh answers', () => {
    const missing = (md: string, profile: string): string[] =>
      analyze(md, { profile }).findings.filter(f => f.rule === 'missing-section').map(f => f.message.replace(/ section.*$/, ''));
    const table = '| Risk | Trigger | Mitigation | Owner |\n|---|---|---|---|\n| Outage | > 1% errors for 5 min | Fail over | SRE on-call |\n';
    it('reads "the number I\'d move" and "what we\'re trying to move" as impact, and "what I\'d settle with risk and compliance first" as constraints, not risks', () => {
      for (const h of ["The number I'd move", "What we're trying to move"]) {
        assert.deepEqual(missing(`## ${h}\n\nGMV from ¥1B to ¥1.2B.\n\n## Constraints\n\n- 10K QPS.\n\n## Design\n\nSteps.\n\n## Risks\n\n${table}`, 'alibaba-pm'), [], h);
      }
      const settle = "## What I'd settle with risk and compliance first\n\n- Per-user ceiling: at most 50% of the permanent limit and never above ¥20,000.\n";
      const r = rubricOf(`${settle}\n## Risks\n\n${table}`, 'ant-pm');
      assert.deepEqual(lines(axis(r, 'constraint-negotiation')), [2]);
      assert.equal(analyze(settle, { profile: 'ant-pm' }).findings.filter(f => f.rule === 'missing-owner').length, 0);
    });
  });

  describe('health outcomes (alihealth-pm)', () => {
    it('counts finishing a vaccine course as an outcome, like medication adherence', () => {
      const zh = rubricOf('# HPV 疫苗\n\n## 目标\n\n- 三针全程完成率从 71% 提升到 85%，12 个月内达成。\n', 'alihealth-pm');
      assert.deepEqual(lines(axis(zh, 'health-outcomes')), [4]);
      const en = rubricOf('# HPV vaccine\n\n## Goals\n\n- Series completion rises from 71% to 85% within 12 months.\n', 'alihealth-pm');
      assert.deepEqual(lines(axis(en, 'health-outcomes')), [4]);
    });
  });

  describe('auditability (ant-pm)', () => {
    it('needs an audit mechanism: a ledger or 流水 only says where data is stored', () => {
      const score = (line: string): number => axis(rubricOf(`# 碰一下\n\n## 设计\n\n${line}\n`, 'ant-pm'), 'auditability').score;
      assert.equal(score('交易流水存 OceanBase，三地五中心部署。'), 0);
      assert.equal(score('The order ledger sits in OceanBase across three zones.'), 0);
      assert.ok(score('Every decision goes to an append-only ledger with a hash chain, kept 5 years.') > 0);
      assert.ok(score('每笔交易写入审计日志，只追加，保存 5 年。') > 0);
    });
  });

  describe('long inputs', () => {
    it('finds quantities and roles across long digit and whitespace runs', () => {
      assert.equal(hasQuantity(`${'1'.repeat(100_000)} ms`), true);
      assert.equal(hasQuantity(`${'1'.repeat(100_000)}x1`), false);
      assert.equal(hasQuantity(`${'1'.repeat(100_000)} / 4`), true);
      assert.equal(namedRole(`payments${' '.repeat(100_000)}lead`), `payments${' '.repeat(100_000)}lead`);
      assert.equal(namedRole(`风控${' '.repeat(100_000)}负责人`), `风控${' '.repeat(100_000)}负责人`);
      assert.equal(namedRole(`${' '.repeat(100_000)}no role here`, { firstPerson: false }), undefined);
    });

    it('scores a 1 MB single-block answer', () => {
      const line = 'We will make the platform robust and fast for every merchant. '.repeat(17_000);
      const r = rubricOf(`## Impact\n\n${line}\n`, 'alibaba-pm');
      assert.equal(r.englishWords, 1 + 11 * 17_000, 'the heading and the line');
      const han = rubricOf('高可用'.repeat(350_000), 'alibaba-pm');
      assert.equal(han.chineseChars, 1_050_000);
    });
  });

  it('is what analyze() returns, scored with the engine findings', () => {
    const a = analyze('---\nprofile: ant-pm\n---\n\n## Risks\n\n- If the gateway is down, someone switches to the manual portal.\n');
    assert.equal(a.rubric?.profile, 'ant-pm');
    assert.equal(a.rubric?.axes.length, 5);
  });
});
