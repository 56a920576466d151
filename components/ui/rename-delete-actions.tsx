import { useTranslations } from "next-intl";
import { Icon } from "./icons";

interface RenameDeleteActionsProps {
  /** How the item is named to assistive technology, e.g. `task #3` or `“Groceries”`. */
  itemLabel: string;
  className?: string;
  onRename(): void;
  onDelete(): void;
}

/** The rename and delete icon buttons of a list row (tasks, conversations). */
export function RenameDeleteActions({
  itemLabel,
  className,
  onRename,
  onDelete,
}: RenameDeleteActionsProps) {
  const t = useTranslations("common");
  return (
    <span className={className}>
      <button
        type="button"
        className="icon-button"
        aria-label={t("renameItem", { item: itemLabel })}
        title={t("rename")}
        onClick={onRename}
      >
        <Icon name="pencil" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t("deleteItem", { item: itemLabel })}
        title={t("delete")}
        onClick={onDelete}
      >
        <Icon name="trash" />
      </button>
    </span>
  );
}
