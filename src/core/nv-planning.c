/* nv-planning.c: what the planning grid shows of a network's series
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "nv-input.h"
#include "nv-member.h"
#include "nv-person.h"
#include "nv-planning.h"

/*
 * Seed 003's planning tool is a table per meeting: participant — what
 * they contribute — how they take part (inddragelsesform). The grid puts
 * those tables side by side, one row per person; this is the part of it
 * that needs no window: who the rows are, and the earlier answers to
 * offer when the user types a new one.
 */

static void
planning_person_free (gpointer data)
{
  NvPlanningPerson *row = data;

  g_free (row->person);
  g_free (row);
}

static NvPlanningPerson *
add_row (GPtrArray  *rows,
         GHashTable *by_id,
         const char *person)
{
  NvPlanningPerson *row = g_hash_table_lookup (by_id, person);

  if (row == NULL)
    {
      row = g_new0 (NvPlanningPerson, 1);
      row->person = g_strdup (person);
      g_ptr_array_add (rows, row);
      g_hash_table_insert (by_id, row->person, row);
    }
  return row;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const NvPlanningPerson *row_a = *(NvPlanningPerson **) a;
  const NvPlanningPerson *row_b = *(NvPlanningPerson **) b;

  /* Core participants, then the other members, then everyone else */
  int rank_a = row_a->core ? 0 : row_a->member ? 1 : 2;
  int rank_b = row_b->core ? 0 : row_b->member ? 1 : 2;

  return rank_a - rank_b;
}

/**
 * nv_planning_people:
 *
 * The people of @network's planning grid: its members and everyone who
 * takes part in one of its meetings, each once. Core participants come
 * first, then the other members, in the order of the members list, then
 * the others in the order they first take part. People the plan does
 * not know are left out.
 *
 * Returns: (transfer container) (element-type NvPlanningPerson): the rows
 */
GPtrArray *
nv_planning_people (NvPlan    *plan,
                    NvNetwork *network)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (planning_person_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  NvRecordList *members = NV_RECORD_LIST (nv_network_get_members (network));
  NvRecordList *meetings = NV_RECORD_LIST (nv_network_get_meetings (network));
  guint n_members = g_list_model_get_n_items (G_LIST_MODEL (members));
  guint n_meetings = g_list_model_get_n_items (G_LIST_MODEL (meetings));

  g_return_val_if_fail (NV_IS_PLAN (plan), rows);
  g_return_val_if_fail (NV_IS_NETWORK (network), rows);

  for (guint i = 0; i < n_members; i++)
    {
      NvMember *member = NV_MEMBER (nv_record_list_peek (members, i));
      const char *person = nv_member_get_person (member);
      NvPlanningPerson *row;

      if (person == NULL || !NV_IS_PERSON (nv_plan_lookup (plan, person)))
        continue;
      row = add_row (rows, by_id, person);
      row->member = TRUE;
      row->core |= nv_member_get_core (member);
    }

  for (guint i = 0; i < n_meetings; i++)
    {
      NvRecordList *participants = NV_RECORD_LIST (nv_meeting_get_participants (NV_MEETING (nv_record_list_peek (meetings, i))));
      guint n = g_list_model_get_n_items (G_LIST_MODEL (participants));
      g_autoptr(GHashTable) counted = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint j = 0; j < n; j++)
        {
          const char *person = nv_participant_get_person (NV_PARTICIPANT (nv_record_list_peek (participants, j)));

          if (person == NULL || !NV_IS_PERSON (nv_plan_lookup (plan, person)) ||
              !g_hash_table_add (counted, (gpointer) person))
            continue;
          add_row (rows, by_id, person)->n_meetings++;
        }
    }

  /* g_ptr_array_sort is not stable; the rows are few enough to insert */
  for (guint i = 1; i < rows->len; i++)
    for (guint j = i; j > 0 && compare_rows (&rows->pdata[j - 1], &rows->pdata[j]) > 0; j--)
      {
        gpointer swap = rows->pdata[j];

        rows->pdata[j] = rows->pdata[j - 1];
        rows->pdata[j - 1] = swap;
      }

  return rows;
}

/**
 * nv_meeting_find_participant:
 *
 * Returns: (transfer none) (nullable): @person's participation in
 * @meeting, if they take part
 */
NvParticipant *
nv_meeting_find_participant (NvMeeting  *meeting,
                             const char *person)
{
  NvRecordList *participants;
  guint n;

  g_return_val_if_fail (NV_IS_MEETING (meeting), NULL);

  if (person == NULL)
    return NULL;

  participants = NV_RECORD_LIST (nv_meeting_get_participants (meeting));
  n = g_list_model_get_n_items (G_LIST_MODEL (participants));
  for (guint i = 0; i < n; i++)
    {
      NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (participants, i));

      if (g_strcmp0 (nv_participant_get_person (participant), person) == 0)
        return participant;
    }
  return NULL;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/**
 * nv_meeting_count_contributors:
 *
 * Returns: how many of @meeting's participants have a contribution
 * written down: a meeting where nobody contributes shows 0
 */
guint
nv_meeting_count_contributors (NvMeeting *meeting)
{
  NvRecordList *participants;
  guint n, count = 0;

  g_return_val_if_fail (NV_IS_MEETING (meeting), 0);

  participants = NV_RECORD_LIST (nv_meeting_get_participants (meeting));
  n = g_list_model_get_n_items (G_LIST_MODEL (participants));
  for (guint i = 0; i < n; i++)
    if (!is_blank (nv_participant_get_contribution (NV_PARTICIPANT (nv_record_list_peek (participants, i)))))
      count++;
  return count;
}

typedef struct
{
  char  *text;    /* as first written, trimmed */
  guint  count;
  guint  order;   /* when it was first seen */
} Suggestion;

static void
suggestion_free (gpointer data)
{
  Suggestion *suggestion = data;

  g_free (suggestion->text);
  g_free (suggestion);
}

static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  const Suggestion *first = *(Suggestion **) a;
  const Suggestion *second = *(Suggestion **) b;

  if (first->count != second->count)
    return first->count > second->count ? -1 : 1;
  return first->order < second->order ? -1 : first->order > second->order;
}

static void
count_value (GHashTable *by_key,
             GPtrArray  *suggestions,
             const char *value,
             guint       weight)
{
  g_autofree char *text = g_strstrip (g_strdup (value != NULL ? value : ""));
  g_autofree char *key = NULL;
  Suggestion *suggestion;

  if (text[0] == '\0')
    return;

  key = g_utf8_casefold (text, -1);
  suggestion = g_hash_table_lookup (by_key, key);
  if (suggestion == NULL)
    {
      suggestion = g_new0 (Suggestion, 1);
      suggestion->text = g_steal_pointer (&text);
      suggestion->order = suggestions->len;
      g_ptr_array_add (suggestions, suggestion);
      g_hash_table_insert (by_key, g_steal_pointer (&key), suggestion);
    }
  suggestion->count += weight;
}

/**
 * nv_planning_suggest:
 * @property: a text field of participants: "involvement" (how they take
 *   part) or "contribution"
 * @typed: (nullable): what the user has typed so far
 *
 * The values earlier entries of the whole plan have for @property, each
 * once (the same words in other capitals count as one), the most used
 * first and otherwise in the order they first appear; those containing
 * @typed (in any capitals), but not @typed itself. For "involvement" the
 * usual forms (participant, presentation, facilitator, workshop with
 * citizens) follow those the plan has.
 *
 * Returns: (transfer full): the suggestions
 */
char **
nv_planning_suggest (NvPlan     *plan,
                     const char *property,
                     const char *typed)
{
  static const char * const usual_involvements[] = {
    N_("Participant"), N_("Presentation"), N_("Facilitator"), N_("Workshop with citizens"),
  };
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) suggestions = g_ptr_array_new_with_free_func (suggestion_free);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *typed_stripped = g_strstrip (g_strdup (typed != NULL ? typed : ""));
  g_autofree char *typed_key = g_utf8_casefold (typed_stripped, -1);
  NvRecordList *networks;
  guint n_networks;

  g_return_val_if_fail (NV_IS_PLAN (plan), g_strv_builder_end (builder));
  g_return_val_if_fail (g_object_class_find_property (g_type_class_peek (NV_TYPE_PARTICIPANT), property) != NULL,
                        g_strv_builder_end (builder));

  networks = NV_RECORD_LIST (nv_plan_get_networks (plan));
  n_networks = g_list_model_get_n_items (G_LIST_MODEL (networks));
  for (guint i = 0; i < n_networks; i++)
    {
      NvRecordList *meetings = NV_RECORD_LIST (nv_network_get_meetings (NV_NETWORK (nv_record_list_peek (networks, i))));
      guint n_meetings = g_list_model_get_n_items (G_LIST_MODEL (meetings));

      for (guint j = 0; j < n_meetings; j++)
        {
          NvRecordList *participants = NV_RECORD_LIST (nv_meeting_get_participants (NV_MEETING (nv_record_list_peek (meetings, j))));
          guint n = g_list_model_get_n_items (G_LIST_MODEL (participants));

          for (guint k = 0; k < n; k++)
            {
              g_autofree char *value = NULL;

              g_object_get (nv_record_list_peek (participants, k), property, &value, NULL);
              count_value (by_key, suggestions, value, 1);
            }
        }
    }

  g_ptr_array_sort (suggestions, compare_suggestions);

  /* The usual forms, after the plan's own, unless the plan has them */
  if (g_str_equal (property, "involvement"))
    for (guint i = 0; i < G_N_ELEMENTS (usual_involvements); i++)
      count_value (by_key, suggestions, _(usual_involvements[i]), 0);

  for (guint i = 0; i < suggestions->len; i++)
    {
      Suggestion *suggestion = g_ptr_array_index (suggestions, i);
      g_autofree char *key = g_utf8_casefold (suggestion->text, -1);

      if (typed_key[0] != '\0' && (g_str_equal (key, typed_key) || strstr (key, typed_key) == NULL))
        continue;
      g_strv_builder_add (builder, suggestion->text);
    }

  return g_strv_builder_end (builder);
}

/**
 * nv_plan_find_person_by_name:
 * @text: a name as the user typed it: whole, or its start
 * @person: (out) (transfer none): the person's id; %NULL for empty text
 *
 * Finds the one person whose name is @text, in any capitals, or failing
 * that the one whose name starts with it.
 *
 * Returns: %TRUE, or %FALSE with a message when nobody is called that or
 * more than one person could be meant
 */
gboolean
nv_plan_find_person_by_name (NvPlan      *plan,
                             const char  *text,
                             const char **person,
                             GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *key = g_utf8_casefold (stripped, -1);
  g_autoptr(GPtrArray) exact = g_ptr_array_new ();
  g_autoptr(GPtrArray) starting = g_ptr_array_new ();
  NvRecordList *people;
  GPtrArray *found;
  guint n;

  g_return_val_if_fail (NV_IS_PLAN (plan), FALSE);

  if (key[0] == '\0')
    {
      *person = NULL;
      return TRUE;
    }

  people = NV_RECORD_LIST (nv_plan_get_people (plan));
  n = g_list_model_get_n_items (G_LIST_MODEL (people));
  for (guint i = 0; i < n; i++)
    {
      NvPerson *each = NV_PERSON (nv_record_list_peek (people, i));
      g_autofree char *name = g_utf8_casefold (nv_person_get_name (each) != NULL ? nv_person_get_name (each) : "", -1);

      if (g_str_equal (name, key))
        g_ptr_array_add (exact, each);
      else if (g_str_has_prefix (name, key))
        g_ptr_array_add (starting, each);
    }

  found = exact->len > 0 ? exact : starting;
  if (found->len == 1)
    {
      *person = nv_record_get_id (g_ptr_array_index (found, 0));
      return TRUE;
    }

  if (found->len == 0)
    g_set_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_INVALID,
                 _("Nobody in the plan is called “%s”: add them under People first"), stripped);
  else
    g_set_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_INVALID,
                 /* Translators: %s is what was typed, %s and %s two people's names */
                 _("“%s” could be %s or %s: type more of the name"), stripped,
                 nv_person_get_name (g_ptr_array_index (found, 0)),
                 nv_person_get_name (g_ptr_array_index (found, 1)));
  return FALSE;
}
