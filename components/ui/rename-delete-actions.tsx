import { useTranslations } from "next-intl";
import { IconButton } from "./icons";

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
      <IconButton
        icon="pencil"
        label={t("renameItem", { item: itemLabel })}
        title={t("rename")}
        onClick={onRename}
      />
      <IconButton
        icon="trash"
        label={t("deleteItem", { item: itemLabel })}
        title={t("delete")}
        onClick={onDelete}
      />
    </span>
  );
}
