import { rankSubmissions } from './ranking';

const criteria = [
  { id: 'impact', weight: 60 },
  { id: 'feasibility', weight: 40 },
];
const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const score = (submissionId: string, evaluatorId: string, impact: number, feasibility: number) => [
  { submissionId, evaluatorId, criterionId: 'impact', score: impact },
  { submissionId, evaluatorId, criterionId: 'feasibility', score: feasibility },
];

describe('rankSubmissions', () => {
  it('ranks by weighted mean, with spread and standard deviation between evaluators', () => {
    const ranking = rankSubmissions(
      [
        { submissionId: 's2', submittedAt: at(1) },
        { submissionId: 's1', submittedAt: at(2) },
      ],
      criteria,
      [
        ...score('s1', 'a', 5, 3), // 4.2
        ...score('s1', 'b', 4, 4), // 4.0
        ...score('s1', 'c', 3, 5), // 3.8
        ...score('s2', 'a', 2, 2), // 2.0
        ...score('s2', 'b', 3, 1), // 2.2
      ],
    );
    expect(ranking.map((row) => [row.rank, row.submissionId])).toEqual([
      [1, 's1'],
      [2, 's2'],
    ]);
    const [first, second] = ranking;
    expect(first!.weightedMean).toBeCloseTo(4.0, 12);
    expect(first!.spread).toBeCloseTo(0.4, 12);
    expect(first!.standardDeviation).toBeCloseTo(Math.sqrt(0.08 / 3), 12);
    expect(first!.criterionMeans).toEqual([
      { criterionId: 'impact', mean: 4 },
      { criterionId: 'feasibility', mean: 4 },
    ]);
    expect(second!.weightedMean).toBeCloseTo(2.1, 12);
    expect(second!.spread).toBeCloseTo(0.2, 12);
    expect(second!.standardDeviation).toBeCloseTo(0.1, 12);
  });

  it('ignores incomplete score sets and puts unscored submissions last', () => {
    const ranking = rankSubmissions(
      [
        { submissionId: 'none', submittedAt: at(1) },
        { submissionId: 'half', submittedAt: at(2) },
        { submissionId: 'done', submittedAt: at(3) },
      ],
      criteria,
      [
        { submissionId: 'half', evaluatorId: 'a', criterionId: 'impact', score: 5 },
        ...score('done', 'a', 1, 1),
      ],
    );
    expect(ranking.map((row) => row.submissionId)).toEqual(['done', 'none', 'half']);
    expect(ranking[1]).toMatchObject({ weightedMean: null, spread: null, totals: [] });
  });

  it('breaks ties by smaller spread, then earlier submission, then id — exactly', () => {
    const ranking = rankSubmissions(
      [
        { submissionId: 'wide', submittedAt: at(1) },
        { submissionId: 'late', submittedAt: at(9) },
        { submissionId: 'early', submittedAt: at(2) },
      ],
      criteria,
      [
        // all means 3.0; "wide" disagrees (4.2 and 1.8)
        ...score('wide', 'a', 5, 3),
        ...score('wide', 'b', 1, 3),
        ...score('late', 'a', 3, 3),
        ...score('early', 'a', 3, 3),
      ],
    );
    expect(ranking.map((row) => row.submissionId)).toEqual(['early', 'late', 'wide']);
  });
});
