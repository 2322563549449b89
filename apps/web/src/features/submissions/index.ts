// What other features mount: the challenge page shows these two sections.
export { ChallengeSubmissionsSection } from './components/ChallengeSubmissionsSection';
export { MySubmissionCallToAction } from './components/MySubmissionCallToAction';
