export default function Home() {
  return <main>Taskchat</main>;
}
