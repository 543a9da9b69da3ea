import { strict as assert } from 'node:assert';
import { parse } from '../../src/core/parse';

describe('parse', () => {
  it('keeps exact columns through list, quote and table markup', () => {
    const src = '---\nprofile: ant-pm\nprompt: "Design X"\n---\n# Title\n\n> quoted *scalable*\n\n- item with `code scalable` and **bold**\n  continued line\n\n| Risk | Owner |\n|---|---|\n| A \\| B | `x|y` |\n';
    const m = parse(src);
    assert.equal(m.frontMatter?.profile, 'ant-pm');
    assert.equal(m.frontMatter?.prompt, 'Design X');
    assert.equal(src.slice(m.frontMatter!.profileValue!.start, m.frontMatter!.profileValue!.end), 'ant-pm');
    const quote = m.blocks.find(b => b.quoted)!;
    assert.equal(quote.text.trim(), 'quoted  scalable');
    const item = m.blocks.find(b => b.kind === 'list-item')!;
    assert.equal(item.text.length, item.end - item.start);
    assert.ok(!item.text.includes('code scalable'), 'code spans are masked');
    const i = item.text.indexOf('bold');
    assert.equal(src.slice(item.start + i, item.start + i + 4), 'bold');
    assert.equal(m.positionAt(item.start + item.text.indexOf('continued')).column, 2);
    const rows = m.blocks.filter(b => b.kind === 'table-row');
    assert.deepEqual(rows[0].cells!.map(c => c.text), ['Risk', 'Owner']);
    assert.equal(rows[0].isHeader, true);
    assert.equal(rows[1].cells!.length, 2, 'escaped and code-span pipes do not split cells');
    assert.deepEqual(rows[1].table!.header, ['Risk', 'Owner']);
  });

  it('splits Chinese and mixed sentences', () => {
    const m = parse('系统需要支撑高并发，保证稳定。所有数据处理都符合相关法规。Then English. 还有中文！\n');
    const units = m.unitsOf(m.blocks[0]).map(u => u.text);
    assert.deepEqual(units, ['系统需要支撑高并发，保证稳定。', '所有数据处理都符合相关法规。', 'Then English.', '还有中文！']);
  });

  it('does not break sentences at soft line breaks and reports the sentence start line', () => {
    const m = parse('First sentence spans\ntwo lines. Second one.\n');
    const units = m.unitsOf(m.blocks[0]);
    assert.equal(units.length, 2);
    assert.equal(units[0].line, 0);
    assert.equal(units[1].line, 1);
  });

  it('finds HTML comments, standalone or inline, but not inside code', () => {
    const m = parse('<!-- a -->\ntext <!-- b -->\n\n```\n<!-- c -->\n```\n');
    assert.deepEqual(m.comments.map(c => [c.body, c.line, c.standalone]), [['a', 0, true], ['b', 1, false]]);
  });

  it('takes a bold line standing alone for a heading, but not a bold sentence, item or quote', () => {
    const src = [
      '**Why we do it**', '', 'Lift GMV.', '', '__Risks:__', '', '| Risk | Owner |', '|---|---|', '| outage | SRE |', '',
      '**This whole sentence is bold.**', '', '- **Design**', '', '> **Constraints**', '', '**Mixed** text after bold',
    ].join('\n');
    const m = parse(src);
    assert.deepEqual(m.sections.map(s => [s.heading, s.level, s.line]), [['Why we do it', 6, 0], ['Risks', 6, 4]]);
    assert.deepEqual(m.blocks.filter(b => b.kind === 'heading').map(b => b.line), [0, 4]);
    assert.equal(m.blocks.find(b => b.line === 6)!.section, 1, 'the table belongs to the Risks section');
    assert.equal(m.blocks.find(b => b.line === 10)!.kind, 'paragraph');
    assert.equal(m.blocks.find(b => b.line === 12)!.kind, 'list-item');
    assert.equal(m.blocks.find(b => b.line === 14)!.kind, 'paragraph');
    assert.equal(m.blocks.find(b => b.line === 16)!.kind, 'paragraph');
  });

  it('takes a numbered bold line for a heading ("**1. 目标**", "**2.1 Design**", "**三、风险**"), but not a bare number', () => {
    const m = parse(['**1. 目标**', '', 'x', '', '**2.1 Design**', '', 'y', '', '**三、风险**', '', 'z', '', '**1.**', '', '**Done. Next**'].join('\n'));
    assert.deepEqual(m.sections.map(s => s.heading), ['1. 目标', '2.1 Design', '三、风险']);
  });

  it('survives CRLF, empty input and unclosed fences', () => {
    for (const src of ['', '\r\n', '# H\r\n\r\nText here.\r\n', '```\nunclosed', '|a|\n|-|\n']) {
      const m = parse(src);
      for (const b of m.blocks) assert.equal(b.text.length, b.end - b.start);
    }
  });
});
