import type { Rating } from '../domain/comparison/rating';
import { RATING_LABEL } from '../domain/text/ratings';

/** Each rating has its own shape as well as its word, so it reads without colour and in black-and-white print. */
function RatingIcon({ rating }: { rating: Rating }) {
  switch (rating) {
    case 'better':
      return (
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M4.5 8.5l2.3 2.3 4.7-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      );
    case 'similar':
      return (
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M4.5 6.5h7M4.5 9.5h7" stroke="currentColor" strokeWidth="2" />
        </svg>
      );
    case 'worse':
      return (
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M8 1.5l7 13H1z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          <path d="M8 6v4M8 11.5v1.5" stroke="currentColor" strokeWidth="2" />
        </svg>
      );
    case 'not_rated':
      return null;
  }
}

/**
 * The rating's word and shape; `reason` (text/rating-reason.ts: how it was reached, starting with the
 * word) is what a screen reader hears instead of the word alone, and a pointer's tooltip.
 */
export function RatingBadge({ rating, reason }: { rating: Rating; reason?: string }) {
  return (
    <span className={`rating rating-${rating}`} title={reason}>
      <RatingIcon rating={rating} />
      {reason ? (
        <>
          <span aria-hidden="true">{RATING_LABEL[rating]}</span>
          <span className="visually-hidden">{reason}</span>
        </>
      ) : (
        RATING_LABEL[rating]
      )}
    </span>
  );
}
