import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <main style={{ display: "grid", placeItems: "center", minHeight: "100%", padding: 24 }}>
      <div style={{ textAlign: "center" }}>
        <h1 style={{ fontSize: "1.4rem", marginBottom: 8 }}>Not found</h1>
        <p style={{ color: "var(--muted)", marginTop: 0 }}>
          This conversation doesn&apos;t exist, or it was deleted.
        </p>
        <Link className="button" href="/">
          Start a new chat
        </Link>
      </div>
    </main>
  );
}
