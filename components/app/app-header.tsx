import Link from "next/link";
import type { MouseEvent, ReactNode } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import styles from "./app-header.module.css";

interface AppHeaderProps {
  user: { name: string; email: string };
  /** Before the brand: the chat page's conversations toggle. */
  start?: ReactNode;
  /** What the page shows, beside the brand (hidden on small screens). */
  title?: string;
  /** Before the theme switch and the account menu: the chat page's tasks toggle. */
  tools?: ReactNode;
  onBrandClick?(event: MouseEvent<HTMLAnchorElement>): void;
}

/** The one header of the signed-in pages (chat and settings): brand, page title, tools, account. */
export function AppHeader({ user, start, title, tools, onBrandClick }: AppHeaderProps) {
  return (
    <header className={styles.header}>
      {start}
      <Link className={styles.brand} href="/" onClick={onBrandClick}>
        <span className={styles.logo} aria-hidden="true">
          ✓
        </span>
        Taskchat
      </Link>
      {/* bdi: the title reads in its own direction, placed at the layout's start side. */}
      <span className={styles.current}>
        <bdi>{title ?? ""}</bdi>
      </span>
      <div className={styles.tools}>
        {tools}
        <ThemeToggle />
        <UserMenu name={user.name} email={user.email} />
      </div>
    </header>
  );
}
