import type { CurrentData } from '../../shared/use-dataset';

export default function HistoryPage({ current }: { current: CurrentData }) {
  return <h1>Saved versions {current.version ? '' : ''}</h1>;
}
