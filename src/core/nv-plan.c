/* nv-plan.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-plan.h"
#include "nv-record-private.h"
#include "nv-network.h"
#include "nv-person.h"
#include "nv-template.h"

/* A plan: the people and networks of one file. */
struct _NvPlan
{
  NvRecord parent_instance;

  char *name;
  char *notes;
  char *calendar_id;
  NvRecordList *people;
  NvRecordList *networks;
  NvRecordList *templates;

  /* Every record's id → the record (borrowed), for nv_plan_lookup();
   * made again when records came or went since */
  GHashTable *index;
  guint       index_generation;

  /* The length of the file's text when last read or written: the next
   * save makes room for about as much at once */
  gsize       text_size;
};

G_DEFINE_FINAL_TYPE (NvPlan, nv_plan, NV_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_NOTES,
  PROP_CALENDAR_ID,
  PROP_PEOPLE,
  PROP_NETWORKS,
  PROP_TEMPLATES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nv_plan_finalize (GObject *object)
{
  NvPlan *self = NV_PLAN (object);

  g_clear_pointer (&self->index, g_hash_table_unref);

  G_OBJECT_CLASS (nv_plan_parent_class)->finalize (object);
}

static void
nv_plan_class_init (NvPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nv_plan_finalize;

  properties[PROP_NAME] =
    nv_field_string ("name", N_("Name"), G_STRUCT_OFFSET (NvPlan, name));
  properties[PROP_NOTES] =
    nv_field_string ("notes", N_("Notes"), G_STRUCT_OFFSET (NvPlan, notes));
  /* Part of every UID this plan's meetings have in calendars, so that
   * they differ from another plan's meetings with the same ids */
  properties[PROP_CALENDAR_ID] =
    nv_field_string ("calendar-id", N_("Calendar id"), G_STRUCT_OFFSET (NvPlan, calendar_id));
  properties[PROP_PEOPLE] =
    nv_field_list ("people", N_("People"), NV_TYPE_PERSON, G_STRUCT_OFFSET (NvPlan, people));
  properties[PROP_NETWORKS] =
    nv_field_list ("networks", N_("Networks"), NV_TYPE_NETWORK, G_STRUCT_OFFSET (NvPlan, networks));
  properties[PROP_TEMPLATES] =
    nv_field_list ("templates", N_("Agenda templates"), NV_TYPE_TEMPLATE, G_STRUCT_OFFSET (NvPlan, templates));

  nv_record_class_install_fields (NV_RECORD_CLASS (klass), NULL, N_PROPS, properties);
}

static void
nv_plan_init (NvPlan *self)
{
  g_autoptr(NvHistory) history = nv_history_new ();

  /* The plan is the root of its records: their changes go to its history */
  nv_record_set_history (NV_RECORD (self), history);
}

NvPlan *
nv_plan_new (void)
{
  return g_object_new (NV_TYPE_PLAN, NULL);
}

const char *
nv_plan_get_name (NvPlan *self)
{
  g_return_val_if_fail (NV_IS_PLAN (self), NULL);

  return self->name;
}

void
nv_plan_set_name (NvPlan *self,
                  const char *name)
{
  g_return_if_fail (NV_IS_PLAN (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_NAME], name);
}

const char *
nv_plan_get_notes (NvPlan *self)
{
  g_return_val_if_fail (NV_IS_PLAN (self), NULL);

  return self->notes;
}

void
nv_plan_set_notes (NvPlan *self,
                   const char *notes)
{
  g_return_if_fail (NV_IS_PLAN (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_NOTES], notes);
}

const char *
nv_plan_get_calendar_id (NvPlan *self)
{
  g_return_val_if_fail (NV_IS_PLAN (self), NULL);

  return self->calendar_id;
}

void
nv_plan_set_calendar_id (NvPlan     *self,
                         const char *calendar_id)
{
  g_return_if_fail (NV_IS_PLAN (self));

  nv_record_set_string (NV_RECORD (self), properties[PROP_CALENDAR_ID], calendar_id);
}

GListModel *
nv_plan_get_people (NvPlan *self)
{
  g_return_val_if_fail (NV_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->people);
}

GListModel *
nv_plan_get_networks (NvPlan *self)
{
  g_return_val_if_fail (NV_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->networks);
}

guint
nv_plan_count_meetings (NvPlan *self)
{
  guint n_networks = g_list_model_get_n_items (G_LIST_MODEL (self->networks));
  guint n_meetings = 0;

  for (guint i = 0; i < n_networks; i++)
    {
      g_autoptr(NvNetwork) network = g_list_model_get_item (G_LIST_MODEL (self->networks), i);

      n_meetings += g_list_model_get_n_items (nv_network_get_meetings (network));
    }

  return n_meetings;
}

static gboolean
index_record (NvRecord *record,
              gpointer  user_data)
{
  const char *id = nv_record_get_id (record);

  /* The first in file order, should an id be there twice */
  if (id != NULL && !g_hash_table_contains (user_data, id))
    g_hash_table_insert (user_data, (gpointer) id, record);
  return TRUE;
}

void
nv_plan_set_text_size (NvPlan *self,
                       gsize   size)
{
  self->text_size = size;
}

gsize
nv_plan_get_text_size (NvPlan *self)
{
  return self->text_size;
}

void
nv_plan_take_index (NvPlan     *self,
                    GHashTable *index)
{
  g_clear_pointer (&self->index, g_hash_table_unref);
  self->index = index;
  self->index_generation = nv_record_tree_generation ();
}

/**
 * nv_plan_lookup:
 * @id: the id of a record in the plan
 *
 * Finds a record by its id. A table of ids makes this O(1); it is made
 * again, in one walk over the plan, after records came or went.
 *
 * Returns: (transfer none) (nullable): the record with @id
 */
NvRecord *
nv_plan_lookup (NvPlan     *self,
                const char *id)
{
  g_return_val_if_fail (NV_IS_PLAN (self), NULL);

  if (id == NULL)
    return NULL;

  if (self->index == NULL || self->index_generation != nv_record_tree_generation ())
    {
      guint generation = nv_record_tree_generation ();
      GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

      nv_record_walk (NV_RECORD (self), index_record, index);
      nv_plan_take_index (self, index);
      self->index_generation = generation;
    }

  return g_hash_table_lookup (self->index, id);
}

/**
 * nv_plan_person_name:
 * @person_id: (nullable): the id of a person
 *
 * Returns: (nullable): the person's name, for showing a reference
 */
const char *
nv_plan_person_name (NvPlan     *self,
                     const char *person_id)
{
  NvRecord *record = nv_plan_lookup (self, person_id);

  if (!NV_IS_PERSON (record))
    return NULL;

  return nv_person_get_name (NV_PERSON (record));
}

/**
 * nv_plan_get_history:
 *
 * Returns: (transfer none): the command history of every change to @self
 */
NvHistory *
nv_plan_get_history (NvPlan *self)
{
  g_return_val_if_fail (NV_IS_PLAN (self), NULL);

  return nv_record_find_history (NV_RECORD (self));
}

static gboolean
collect_ids (NvRecord *record,
             gpointer  user_data)
{
  const char *id = nv_record_get_id (record);

  if (id != NULL)
    g_hash_table_add (user_data, (gpointer) id);
  return TRUE;
}

typedef struct
{
  GHashTable *doomed_ids;  /* ids of the records going away */
  GPtrArray  *to_clear;    /* record, pspec pairs to unset */
  GPtrArray  *to_remove;   /* records that cannot exist without what goes */
} Dependents;

static gboolean
find_dependents (NvRecord *record,
                 gpointer  user_data)
{
  Dependents *dependents = user_data;
  GPtrArray *fields = nv_record_get_fields (record);

  /* Records inside the deleted one go with it */
  if (g_hash_table_contains (dependents->doomed_ids, nv_record_get_id (record) ?: ""))
    return TRUE;

  for (guint i = 0; i < fields->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (fields, i);
      const NvField *field = nv_field_get (pspec);
      gpointer member = nv_record_field_pointer (record, pspec);

      if (field->kind == NV_FIELD_REF && *(char **) member != NULL &&
          g_hash_table_contains (dependents->doomed_ids, *(char **) member))
        {
          if (field->required)
            g_ptr_array_add (dependents->to_remove, record);
          else
            {
              g_ptr_array_add (dependents->to_clear, record);
              g_ptr_array_add (dependents->to_clear, pspec);
            }
        }
      else if (field->kind == NV_FIELD_REF_LIST && *(char ***) member != NULL)
        {
          for (char **ids = *(char ***) member; *ids != NULL; ids++)
            if (g_hash_table_contains (dependents->doomed_ids, *ids))
              {
                g_ptr_array_add (dependents->to_clear, record);
                g_ptr_array_add (dependents->to_clear, pspec);
                break;
              }
        }
    }

  return TRUE;
}

static void
remove_from_container (NvRecord *record)
{
  NvRecordList *list = nv_record_get_container (record);
  guint position;

  if (list != NULL && nv_record_list_find (list, record, &position))
    nv_record_list_remove (list, position);
}

static void
drop_references (NvRecord   *record,
                 GParamSpec *pspec,
                 GHashTable *doomed_ids)
{
  const NvField *field = nv_field_get (pspec);
  g_autoptr(GStrvBuilder) kept = NULL;
  g_auto(GStrv) ids = NULL;

  if (field->kind == NV_FIELD_REF)
    {
      nv_record_set_string (record, pspec, NULL);
      return;
    }

  kept = g_strv_builder_new ();
  for (char **id = *(char ***) nv_record_field_pointer (record, pspec); *id != NULL; id++)
    if (!g_hash_table_contains (doomed_ids, *id))
      g_strv_builder_add (kept, *id);
  ids = g_strv_builder_end (kept);
  nv_record_set_strv (record, pspec, (const char * const *) ids);
}

/**
 * nv_plan_delete_record:
 * @record: a record in @self
 * @label: (nullable): the step's name for Undo, such as "Delete Person"
 *
 * Takes @record out of the plan, with everything that cannot exist
 * without it (a person's memberships and participations), and clears
 * every other reference to it (a meeting's chair), so that no reference
 * is left dangling. One step in the history.
 */
void
nv_plan_delete_record (NvPlan     *self,
                       NvRecord   *record,
                       const char *label)
{
  g_autoptr(GHashTable) doomed_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) to_clear = g_ptr_array_new ();
  g_autoptr(GPtrArray) to_remove = g_ptr_array_new ();
  NvHistory *history = nv_plan_get_history (self);
  Dependents dependents = { doomed_ids, to_clear, to_remove };

  g_return_if_fail (NV_IS_PLAN (self));
  g_return_if_fail (NV_IS_RECORD (record));
  g_return_if_fail (nv_record_get_container (record) != NULL);

  g_object_ref (record);
  nv_record_walk (record, collect_ids, doomed_ids);
  nv_record_walk (NV_RECORD (self), find_dependents, &dependents);

  nv_history_begin_group (history, label);
  for (guint i = 0; i < to_clear->len; i += 2)
    drop_references (g_ptr_array_index (to_clear, i), g_ptr_array_index (to_clear, i + 1), doomed_ids);
  for (guint i = 0; i < to_remove->len; i++)
    remove_from_container (g_ptr_array_index (to_remove, i));
  remove_from_container (record);
  nv_history_end_group (history);

  g_object_unref (record);
}

GListModel *
nv_plan_get_templates (NvPlan *self)
{
  g_return_val_if_fail (NV_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->templates);
}
