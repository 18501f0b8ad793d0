import { useEffect } from 'react';
import { GLOSSARY } from '../../domain/text/glossary';
import { useWording } from '../../shared/use-wording';

/**
 * Every abbreviation and term the scorecard, measure pages and slides use, in plain words, in
 * alphabetical order; `#/glossary/<id>` opens the page at one entry and gives it the keyboard.
 * In the child-friendly view each meaning is in the Children in Care Council's words.
 */
export default function GlossaryPage({ term }: { term?: string }) {
  const wording = useWording();
  useEffect(() => {
    document.title = 'Glossary – Performance scorecard';
  }, []);
  useEffect(() => {
    if (!term) return;
    // Focus scrolls the entry into view too.
    document.getElementById(`term-${term}`)?.focus();
  }, [term]);
  return (
    <>
      <h1>Glossary</h1>
      <p className="lead">
        What the abbreviations and terms on the scorecard, the measure pages and the slides mean, in plain words.
      </p>
      <dl className="glossary">
        {GLOSSARY.map((entry) => (
          <div key={entry.id} className={entry.id === term ? 'glossary-entry glossary-entry-chosen' : 'glossary-entry'}>
            <dt id={`term-${entry.id}`} tabIndex={-1}>
              {entry.full ? (
                <>
                  <abbr title={entry.full}>{entry.term}</abbr>
                  <span className="glossary-full">: {wording.say(entry.full)}</span>
                </>
              ) : (
                wording.say(entry.term)
              )}
            </dt>
            <dd>{wording.say(entry.meaning)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
