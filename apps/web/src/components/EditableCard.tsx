import type { ReactNode } from 'react';
import { Button } from './Button.tsx';

interface EditableCardProps {
  /** Id of the card's heading; the card is a region labelled by it. */
  headingId: string;
  title: string;
  /** What the card shows when it is not being edited (usually a <dl className="facts">). */
  view: ReactNode;
  /** The button that opens the form, e.g. "Ändra kontaktuppgifter"; shown only when `canEdit`. */
  editLabel: string;
  canEdit: boolean;
  isEditing: boolean;
  /** Opens the form; the caller decides what the form starts from (e.g. the version to save against). */
  onEdit: () => void;
  /** The form shown instead of the view while editing; end it with <EditableCardActions>. */
  children: ReactNode;
}

/**
 * A card that shows facts and, for someone who may change them, turns into a form in place: the
 * heading stays, the facts are replaced by the form, and saving or cancelling turns it back. The
 * caller owns `isEditing` (a successful save closes the card) and the form itself.
 */
export function EditableCard({
  headingId,
  title,
  view,
  editLabel,
  canEdit,
  isEditing,
  onEdit,
  children,
}: EditableCardProps) {
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {title}
      </h2>
      {isEditing ? (
        children
      ) : (
        <>
          {view}
          {canEdit ? (
            <Button variant="secondary" onPress={onEdit}>
              {editLabel}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}

interface EditableCardActionsProps {
  saveLabel: string;
  cancelLabel: string;
  isSaving: boolean;
  onCancel: () => void;
}

/** Save (submits the surrounding form) and Cancel (closes it without saving). */
export function EditableCardActions({
  saveLabel,
  cancelLabel,
  isSaving,
  onCancel,
}: EditableCardActionsProps) {
  return (
    <div className="form__actions">
      <Button type="submit" isPending={isSaving}>
        {saveLabel}
      </Button>
      <Button variant="quiet" onPress={onCancel}>
        {cancelLabel}
      </Button>
    </div>
  );
}
