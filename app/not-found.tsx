import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notFound"))("title") };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main style={{ display: "grid", placeItems: "center", minHeight: "100%", padding: 24 }}>
      <div style={{ textAlign: "center" }}>
        <h1 style={{ fontSize: "1.4rem", marginBottom: 8 }}>{t("title")}</h1>
        <p style={{ color: "var(--muted)", marginTop: 0 }}>{t("body")}</p>
        <Link className="button" href="/">
          {t("startNew")}
        </Link>
      </div>
    </main>
  );
}
