import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SubPage } from "@/components/app/sub-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("help"))("title") };
}

const code = (chunks: ReactNode) => <code dir="ltr">{chunks}</code>;

/** How to answer chats with an AI model instead of the offline local one (docs/using-the-app.md). */
export default async function AiModelHelpPage() {
  const t = await getTranslations("help");
  return (
    <SubPage navigationLabel={t("navigation")} backLabel={t("back")} title={t("title")}>
      <p>{t("intro")}</p>
      <h2>{t("openaiHeading")}</h2>
      <p>{t.rich("openai", { code })}</p>
      <h2>{t("compatibleHeading")}</h2>
      <p>{t.rich("compatible", { code })}</p>
    </SubPage>
  );
}
