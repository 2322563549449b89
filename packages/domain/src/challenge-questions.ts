/** Longest clarification question, in characters (markdown as typed). */
export const QUESTION_MAX_LENGTH = 2000;
/** Longest answer of the challenge owner, in characters. */
export const ANSWER_MAX_LENGTH = 5000;
/** Longest confidential details of a challenge brief (markdown). */
export const CONFIDENTIAL_DETAILS_MAX_LENGTH = 50_000;
/** Longest non-disclosure terms text. */
export const NDA_TERMS_MAX_LENGTH = 20_000;
