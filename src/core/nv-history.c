/* nv-history.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nv-history-private.h"

/*
 * The command history of one plan. Records and record lists report each
 * change before they make it (the old value of a property, an item put
 * into or taken out of a list), so every editor gets undo and redo for
 * free, however it changes the model: a setter, a GObject property
 * binding, a list operation.
 *
 * A step is what one Undo takes back: one change, or a group of changes
 * made as one (deleting a person and everything that referred to them).
 * Typing into a field sets its property once a keystroke; those changes
 * merge into one step while they follow each other closely, until the
 * step is sealed (the user left the field).
 */

#define MERGE_INTERVAL_USEC (2 * G_USEC_PER_SEC)

typedef enum
{
  CHANGE_PROPERTY,
  CHANGE_INSERT,
  CHANGE_REMOVE,
} ChangeKind;

typedef struct
{
  ChangeKind    kind;
  NvRecord     *record;    /* the changed record, or the inserted or removed item */
  gboolean      borrowed;  /* @record is the plan, which owns this history */
  GParamSpec   *pspec;     /* property: which one */
  GValue        value;     /* property: the value the record does not have now */
  NvRecordList *list;      /* insert, remove: where */
  guint         position;
} Change;

typedef struct
{
  char      *label;
  GPtrArray *changes;
  gint64     last_change_time;
  gboolean   sealed;       /* no more typing merges into it */
} Step;

struct _NvHistory
{
  GObject    parent_instance;

  GPtrArray *steps;          /* oldest first */
  guint      position;       /* the steps before it are applied */
  int        saved_position; /* -1: the saved state cannot be reached */
  guint      group_depth;
  char      *group_label;
  gboolean   group_has_step;  /* the open group's first change made its step */
  gboolean   applying;
  guint      unrecorded;     /* changes that are facts, not the user's steps */
};

G_DEFINE_FINAL_TYPE (NvHistory, nv_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
change_free (gpointer data)
{
  Change *change = data;

  if (change->borrowed)
    change->record = NULL;
  g_clear_object (&change->record);
  g_clear_object (&change->list);
  if (G_IS_VALUE (&change->value))
    g_value_unset (&change->value);
  g_free (change);
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->label);
  g_ptr_array_unref (step->changes);
  g_free (step);
}

static Step *
step_new (const char *label)
{
  Step *step = g_new0 (Step, 1);

  step->label = g_strdup (label);
  step->changes = g_ptr_array_new_with_free_func (change_free);
  step->last_change_time = g_get_monotonic_time ();
  return step;
}

static void
notify_state (NvHistory *self,
              gboolean   could_undo,
              gboolean   could_redo,
              gboolean   was_modified)
{
  if (could_undo != nv_history_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != nv_history_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (was_modified != nv_history_get_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Wraps a change of state so the properties notify exactly when they change */
#define STATE_BEGIN(self) \
  gboolean could_undo = nv_history_get_can_undo (self); \
  gboolean could_redo = nv_history_get_can_redo (self); \
  gboolean was_modified = nv_history_get_modified (self)
#define STATE_END(self) notify_state (self, could_undo, could_redo, was_modified)

/* A new change makes the undone steps unreachable */
static void
drop_redo_steps (NvHistory *self)
{
  if (self->position >= self->steps->len)
    return;

  if (self->saved_position > (int) self->position)
    self->saved_position = -1;
  g_ptr_array_set_size (self->steps, self->position);
}

static Step *
current_step (NvHistory *self)
{
  return self->position > 0 ? g_ptr_array_index (self->steps, self->position - 1) : NULL;
}

/* Whether @change only continues the last step's typing into one field */
static gboolean
merges_with_last_step (NvHistory *self,
                       Change    *change)
{
  Step *step = current_step (self);
  Change *last;

  if (step == NULL || step->sealed || step->changes->len != 1 ||
      self->saved_position == (int) self->position ||
      g_get_monotonic_time () - step->last_change_time > MERGE_INTERVAL_USEC)
    return FALSE;

  /* Any field: typing "9.30" into a time sets it three times */
  last = g_ptr_array_index (step->changes, 0);
  return change->kind == CHANGE_PROPERTY && last->kind == CHANGE_PROPERTY &&
         last->record == change->record && last->pspec == change->pspec;
}

static void
add_change (NvHistory *self,
            Change    *change)
{
  STATE_BEGIN (self);
  Step *step;

  drop_redo_steps (self);

  if (self->group_depth > 0)
    {
      /* A group's step is made by its first change: an empty group
       * leaves the history, redo steps included, as it was */
      if (!self->group_has_step)
        {
          step = step_new (self->group_label);
          step->sealed = TRUE;
          g_ptr_array_add (self->steps, step);
          self->position++;
          self->group_has_step = TRUE;
        }
      g_ptr_array_add (current_step (self)->changes, change);
    }
  else if (merges_with_last_step (self, change))
    {
      /* The step already holds the value from before the typing began */
      step = current_step (self);
      step->last_change_time = g_get_monotonic_time ();
      change_free (change);
    }
  else
    {
      step = step_new (NULL);
      g_ptr_array_add (step->changes, change);
      g_ptr_array_add (self->steps, step);
      self->position++;
    }

  STATE_END (self);
}

static gboolean step_is_noop (Step *step);

/* Typing that comes back to the value it began with ("25.00", then the
 * "18.00" that was there) leaves no step: no Undo that does nothing, and
 * no unsaved marker for a plan that is as it was */
static void
drop_typing_back_to_start (NvHistory *self)
{
  STATE_BEGIN (self);
  Step *step = current_step (self);

  if (step == NULL || step->sealed || self->group_depth > 0 ||
      self->position != self->steps->len || step->changes->len != 1 ||
      !step_is_noop (step))
    return;

  g_ptr_array_set_size (self->steps, --self->position);
  STATE_END (self);
}

/**
 * nv_history_emit_changed:
 * @self: (nullable): a history
 *
 * Tells observers that the plan changed. Records and lists call it once
 * the change is made: the recording happens before, to keep the old
 * value, when observers would still see it.
 */
void
nv_history_emit_changed (NvHistory *self)
{
  if (self == NULL || self->applying)
    return;

  drop_typing_back_to_start (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* A change no undo takes back: the plan differs from its file now */
static gboolean
change_unrecorded (NvHistory *self)
{
  if (self->unrecorded == 0)
    return FALSE;

  if (self->saved_position != -1)
    {
      STATE_BEGIN (self);

      self->saved_position = -1;
      STATE_END (self);
    }
  return TRUE;
}

void
nv_history_record_property (NvHistory  *self,
                            NvRecord   *record,
                            GParamSpec *pspec)
{
  Change *change;

  if (self == NULL || self->applying || change_unrecorded (self))
    return;

  change = g_new0 (Change, 1);
  change->kind = CHANGE_PROPERTY;
  /* The plan owns its history: a reference back would keep both alive */
  change->borrowed = nv_record_get_parent (record) == NULL;
  change->record = change->borrowed ? record : g_object_ref (record);
  change->pspec = pspec;
  g_value_init (&change->value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (G_OBJECT (record), pspec->name, &change->value);
  add_change (self, change);
}

static void
record_list_change (NvHistory    *self,
                    ChangeKind    kind,
                    NvRecordList *list,
                    guint         position,
                    NvRecord     *item)
{
  Change *change;

  if (self == NULL || self->applying || change_unrecorded (self))
    return;

  change = g_new0 (Change, 1);
  change->kind = kind;
  change->record = g_object_ref (item);
  change->list = g_object_ref (list);
  change->position = position;
  add_change (self, change);
}

void
nv_history_record_insert (NvHistory    *self,
                          NvRecordList *list,
                          guint         position,
                          NvRecord     *item)
{
  record_list_change (self, CHANGE_INSERT, list, position, item);
}

void
nv_history_record_remove (NvHistory    *self,
                          NvRecordList *list,
                          guint         position,
                          NvRecord     *item)
{
  record_list_change (self, CHANGE_REMOVE, list, position, item);
}

/* Makes a change happen (@forward) or takes it back */
static void
apply_change (Change   *change,
              gboolean  forward)
{
  switch (change->kind)
    {
    case CHANGE_PROPERTY:
      {
        /* Both ways: swap the value the record has with the one kept here */
        GValue current = G_VALUE_INIT;

        g_value_init (&current, G_PARAM_SPEC_VALUE_TYPE (change->pspec));
        g_object_get_property (G_OBJECT (change->record), change->pspec->name, &current);
        g_object_set_property (G_OBJECT (change->record), change->pspec->name, &change->value);
        g_value_unset (&change->value);
        change->value = current;
      }
      break;

    case CHANGE_INSERT:
    case CHANGE_REMOVE:
      if ((change->kind == CHANGE_INSERT) == forward)
        nv_record_list_insert (change->list, change->position, change->record);
      else
        nv_record_list_remove (change->list, change->position);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* A step whose changes came back to where they began ("15" typed over
 * "15") would make an Undo that does nothing */
static gboolean
step_is_noop (Step *step)
{
  for (guint i = 0; i < step->changes->len; i++)
    {
      Change *change = g_ptr_array_index (step->changes, i);
      GValue current = G_VALUE_INIT;
      gboolean same;

      if (change->kind != CHANGE_PROPERTY)
        return FALSE;

      g_value_init (&current, G_PARAM_SPEC_VALUE_TYPE (change->pspec));
      g_object_get_property (G_OBJECT (change->record), change->pspec->name, &current);
      same = g_param_values_cmp (change->pspec, &current, &change->value) == 0;
      g_value_unset (&current);
      if (!same)
        return FALSE;
    }

  return TRUE;
}

gboolean
nv_history_undo (NvHistory *self)
{
  STATE_BEGIN (self);
  Step *step;

  g_return_val_if_fail (NV_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  /* Steps that changed nothing in the end go: each Undo undoes something */
  while (self->position > 0 && self->position == self->steps->len &&
         self->saved_position != (int) self->position &&
         step_is_noop (g_ptr_array_index (self->steps, self->position - 1)))
    g_ptr_array_set_size (self->steps, --self->position);

  if (self->position == 0)
    {
      STATE_END (self);
      return FALSE;
    }

  step = g_ptr_array_index (self->steps, --self->position);
  step->sealed = TRUE;

  self->applying = TRUE;
  for (guint i = step->changes->len; i > 0; i--)
    apply_change (g_ptr_array_index (step->changes, i - 1), FALSE);
  self->applying = FALSE;

  STATE_END (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
nv_history_redo (NvHistory *self)
{
  STATE_BEGIN (self);
  Step *step;

  g_return_val_if_fail (NV_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (self->position >= self->steps->len)
    return FALSE;

  step = g_ptr_array_index (self->steps, self->position++);

  self->applying = TRUE;
  for (guint i = 0; i < step->changes->len; i++)
    apply_change (g_ptr_array_index (step->changes, i), TRUE);
  self->applying = FALSE;

  STATE_END (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * nv_history_begin_group:
 * @self: (nullable): a history
 * @label: (nullable): what the step does, for "Undo Delete Meeting"
 *
 * Makes every change until nv_history_end_group() one step. Groups nest;
 * the outermost one counts.
 */
void
nv_history_begin_group (NvHistory  *self,
                        const char *label)
{
  if (self == NULL || self->applying)
    return;

  if (self->group_depth++ > 0)
    return;

  g_free (self->group_label);
  self->group_label = g_strdup (label);
  self->group_has_step = FALSE;
}

void
nv_history_end_group (NvHistory *self)
{
  if (self == NULL || self->applying)
    return;

  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  g_clear_pointer (&self->group_label, g_free);
  self->group_has_step = FALSE;

  /* Undo and redo were held back while the group was open */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/**
 * nv_history_seal:
 *
 * Ends the merging of typing into the last step, e.g. when the user
 * leaves the field.
 */
void
nv_history_seal (NvHistory *self)
{
  Step *step;

  g_return_if_fail (NV_IS_HISTORY (self));

  step = current_step (self);
  if (step != NULL)
    step->sealed = TRUE;
}

gboolean
nv_history_get_can_undo (NvHistory *self)
{
  g_return_val_if_fail (NV_IS_HISTORY (self), FALSE);

  return self->position > 0 && self->group_depth == 0;
}

gboolean
nv_history_get_can_redo (NvHistory *self)
{
  g_return_val_if_fail (NV_IS_HISTORY (self), FALSE);

  return self->position < self->steps->len && self->group_depth == 0;
}

/**
 * nv_history_get_modified:
 *
 * Whether the plan differs from what was last saved (or loaded).
 */
gboolean
nv_history_get_modified (NvHistory *self)
{
  g_return_val_if_fail (NV_IS_HISTORY (self), FALSE);

  return self->saved_position != (int) self->position;
}

const char *
nv_history_get_undo_label (NvHistory *self)
{
  Step *step;

  g_return_val_if_fail (NV_IS_HISTORY (self), NULL);

  step = current_step (self);
  return step != NULL ? step->label : NULL;
}

void
nv_history_mark_saved (NvHistory *self)
{
  STATE_BEGIN (self);

  g_return_if_fail (NV_IS_HISTORY (self));

  self->saved_position = self->position;
  if (current_step (self) != NULL)
    current_step (self)->sealed = TRUE;

  STATE_END (self);
}

/**
 * nv_history_begin_unrecorded:
 *
 * Until nv_history_end_unrecorded(), changes are no steps to undo: they
 * record facts, such as what was sent to a calendar, that undoing the
 * user's edits must not take back. The plan is modified all the same.
 */
void
nv_history_begin_unrecorded (NvHistory *self)
{
  g_return_if_fail (NV_IS_HISTORY (self));

  self->unrecorded++;
}

void
nv_history_end_unrecorded (NvHistory *self)
{
  g_return_if_fail (NV_IS_HISTORY (self));
  g_return_if_fail (self->unrecorded > 0);

  self->unrecorded--;
}

/**
 * nv_history_mark_modified:
 *
 * Marks the plan as differing from its file though no step was taken, as
 * a plan restored from a recovery copy does.
 */
void
nv_history_mark_modified (NvHistory *self)
{
  STATE_BEGIN (self);

  g_return_if_fail (NV_IS_HISTORY (self));

  self->saved_position = -1;

  STATE_END (self);
}

void
nv_history_clear (NvHistory *self)
{
  STATE_BEGIN (self);

  g_return_if_fail (NV_IS_HISTORY (self));
  g_return_if_fail (self->group_depth == 0);

  g_ptr_array_set_size (self->steps, 0);
  self->position = 0;
  self->saved_position = 0;

  STATE_END (self);
}

static void
nv_history_finalize (GObject *object)
{
  NvHistory *self = NV_HISTORY (object);

  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->group_label, g_free);

  G_OBJECT_CLASS (nv_history_parent_class)->finalize (object);
}

static void
nv_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NvHistory *self = NV_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, nv_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, nv_history_get_can_redo (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, nv_history_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nv_history_class_init (NvHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nv_history_finalize;
  object_class->get_property = nv_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NvHistory::changed:
   *
   * The plan changed: a change was made, undone or redone.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
nv_history_init (NvHistory *self)
{
  self->steps = g_ptr_array_new_with_free_func (step_free);
}

NvHistory *
nv_history_new (void)
{
  return g_object_new (NV_TYPE_HISTORY, NULL);
}
