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
  return (
    <span className={className}>
      <button
        type="button"
        className="icon-button"
        aria-label={`Rename ${itemLabel}`}
        title="Rename"
        onClick={onRename}
      >
        <Icon name="pencil" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Delete ${itemLabel}`}
        title="Delete"
        onClick={onDelete}
      >
        <Icon name="trash" />
      </button>
    </span>
  );
}
