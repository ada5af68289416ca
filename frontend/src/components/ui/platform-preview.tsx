import { PLATFORM_RULES, platformProblems, postLength } from '@/lib/platform-rules';
import { PLATFORM_NAMES, type Finding, type Platform } from '@/types/screening';
import { HighlightedText } from './highlighted-text';

type PlatformPreviewProps = {
  platform: Platform;
  text: string;
  findings?: readonly Finding[];
  mediaDescriptions?: readonly string[];
  sponsored?: boolean;
  accountName?: string;
};

/** How each network labels paid content. */
const SPONSORED_LABELS: Record<Platform, string> = {
  FACEBOOK: 'Sponsored',
  INSTAGRAM: 'Paid partnership',
  TWITTER: 'Ad',
  LINKEDIN: 'Promoted',
  YOUTUBE: 'Includes paid promotion',
};

const HANDLES: Partial<Record<Platform, string>> = {
  TWITTER: '@your_org',
  INSTAGRAM: 'your_org',
};

/**
 * The post as it will look on one network: the account header, the text with its findings, the media
 * and the length counter against the network's limit (X counts weighted characters).
 */
export function PlatformPreview({
  platform,
  text,
  findings = [],
  mediaDescriptions = [],
  sponsored = false,
  accountName = 'Your organisation',
}: PlatformPreviewProps) {
  const name = PLATFORM_NAMES[platform];
  const rule = PLATFORM_RULES[platform];
  const length = postLength(platform, text);
  const problems = platformProblems(platform, text, mediaDescriptions.length);
  const over = length > rule.limit;
  const media = mediaDescriptions.length > 0 && (
    <ul className="platform-preview__media" aria-label="Media">
      {mediaDescriptions.map((description, index) => (
        <li key={index} className="platform-preview__medium">
          <span aria-hidden="true" className="platform-preview__medium-icon" />
          <span>
            <span className="visually-hidden">Image {index + 1}: </span>
            {description || <em>no description</em>}
          </span>
        </li>
      ))}
    </ul>
  );
  return (
    <article className={`platform-preview platform-preview--${platform.toLowerCase()}`} aria-label={`${name} preview`}>
      <header className="platform-preview__header">
        <span className="platform-preview__avatar" aria-hidden="true">
          {accountName.slice(0, 1)}
        </span>
        <span className="platform-preview__account">
          <strong>{accountName}</strong>
          {HANDLES[platform] && <span className="platform-preview__handle">{HANDLES[platform]}</span>}
          {sponsored && <span className="platform-preview__sponsored">{SPONSORED_LABELS[platform]}</span>}
        </span>
        <span className="platform-preview__network">{name}</span>
      </header>
      {platform === 'INSTAGRAM' && media}
      <p className="platform-preview__text">
        {text ? <HighlightedText text={text} findings={findings} /> : <em className="platform-preview__placeholder">Nothing written yet.</em>}
      </p>
      {platform !== 'INSTAGRAM' && media}
      <footer className="platform-preview__footer">
        <span className={over ? 'counter counter--over' : 'counter'} aria-label={`${name} length`}>
          {length.toLocaleString('en')} / {rule.limit.toLocaleString('en')}
          {rule.counting === 'weighted' && <span className="visually-hidden"> weighted characters</span>}
        </span>
        {problems.length > 0 && (
          <ul className="platform-preview__problems">
            {problems.map((problem) => (
              <li key={problem.message} className="platform-preview__problem">
                <span aria-hidden="true">⚠ </span>
                {name}: {problem.message}
              </li>
            ))}
          </ul>
        )}
      </footer>
    </article>
  );
}
