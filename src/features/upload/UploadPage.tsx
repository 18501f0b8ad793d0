import type { CurrentData } from '../../shared/use-dataset';

export default function UploadPage({ current }: { current: CurrentData }) {
  return <h1>Upload figures {current.version ? '' : ''}</h1>;
}
