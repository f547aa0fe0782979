/* test-history.c: undo and redo of every kind of change
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "nv-agenda-item.h"
#include "nv-enums.h"
#include "nv-meeting.h"
#include "nv-member.h"
#include "nv-network.h"
#include "nv-participant.h"
#include "nv-person.h"
#include "nv-plan-file.h"
#include "nv-test-util.h"
#include "nv-util.h"

static NvMeeting *
first_meeting (NvPlan *plan)
{
  NvNetwork *network = NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (nv_plan_get_networks (plan)), 0));

  return NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (nv_network_get_meetings (network)), 0));
}

static void
assert_same (NvPlan *a,
             NvPlan *b)
{
  g_autoptr(GBytes) bytes_a = nv_plan_to_bytes (a);
  g_autoptr(GBytes) bytes_b = nv_plan_to_bytes (b);

  g_assert_cmpmem (g_bytes_get_data (bytes_a, NULL), g_bytes_get_size (bytes_a),
                   g_bytes_get_data (bytes_b, NULL), g_bytes_get_size (bytes_b));
  g_assert_true (nv_record_equal (NV_RECORD (a), NV_RECORD (b)));
}

static NvPlan *
snapshot (NvPlan *plan)
{
  return NV_PLAN (nv_record_copy (NV_RECORD (plan)));
}

/* One change of each kind of field, each undone and redone */
static void
test_each_kind (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvHistory *history = nv_plan_get_history (plan);
  NvMeeting *meeting = first_meeting (plan);
  NvNetwork *network = NV_NETWORK (nv_record_get_parent (NV_RECORD (meeting)));
  NvMember *member = NV_MEMBER (nv_record_list_peek (NV_RECORD_LIST (nv_network_get_members (network)), 0));
  NvRecordList *agenda = NV_RECORD_LIST (nv_meeting_get_agenda (meeting));
  g_autoptr(NvPlan) original = snapshot (plan);
  g_autoptr(NvAgendaItem) new_item = nv_agenda_item_new ();
  const char *subthemes[] = { "Forholdet til kommunen", "Ergonomi", NULL };
  const char *leads[] = { nv_member_get_person (member), NULL };
  GPtrArray *snapshots = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_false (nv_history_get_modified (history));
  g_assert_false (nv_history_get_can_undo (history));

  /* Each step must really change the plan, or the counting below is off */
#define STEP(code) G_STMT_START { \
    code; \
    nv_history_seal (history); \
    g_assert_false (nv_record_equal (NV_RECORD (plan), g_ptr_array_index (snapshots, snapshots->len - 1))); \
    g_ptr_array_add (snapshots, snapshot (plan)); \
  } G_STMT_END
  g_ptr_array_add (snapshots, snapshot (plan));
  STEP (nv_meeting_set_subtheme (meeting, "Nyt undertema"));                         /* string */
  STEP (nv_network_set_group_size (network, 12));                                     /* int */
  STEP (nv_meeting_set_status (meeting, NV_MEETING_STATUS_HELD));                     /* enum */
  STEP (nv_meeting_set_date (meeting, nv_date_from_ymd (2027, 3, 28)));               /* date */
  STEP (nv_meeting_set_start (meeting, 17 * 60 + 30));                                /* time */
  STEP (nv_meeting_set_duration (meeting, 150));                                      /* duration */
  STEP (nv_network_set_subthemes (network, subthemes));                               /* strv */
  STEP (nv_meeting_set_chair (meeting, nv_member_get_person (member)));               /* reference */
  STEP (nv_meeting_set_theme_leads (meeting, leads));                                 /* references */
  STEP (nv_member_set_core (member, !nv_member_get_core (member)));                   /* boolean */
  STEP (nv_invitation_set_reply_by (nv_meeting_get_invitation (meeting), nv_date_from_ymd (2027, 3, 1))); /* nested */
  STEP (g_object_set (meeting, "location", "Biblioteket", NULL));                     /* a property binding */
  STEP (nv_agenda_item_set_title (new_item, "Eventuelt");
        g_free (nv_record_make_id (NV_RECORD (new_item)));
        nv_record_list_insert (agenda, 2, NV_RECORD (new_item)));                     /* insert */
  STEP (nv_record_list_move (agenda, 0, 3));                                          /* move */
  STEP (nv_record_list_remove (agenda, 1));                                           /* remove */
  STEP (nv_plan_delete_record (plan, nv_record_list_peek (NV_RECORD_LIST (nv_plan_get_people (plan)), 0),
                               "Slet person"));                                       /* cascade */
#undef STEP

  g_assert_true (nv_history_get_modified (history));

  /* Back, one step at a time, to exactly each earlier state */
  for (guint i = snapshots->len - 1; i > 0; i--)
    {
      g_assert_true (nv_history_get_can_undo (history));
      g_assert_true (nv_history_undo (history));
      assert_same (plan, g_ptr_array_index (snapshots, i - 1));
    }
  g_assert_false (nv_history_undo (history));
  g_assert_false (nv_history_get_modified (history));
  assert_same (plan, original);

  /* And forward again */
  for (guint i = 1; i < snapshots->len; i++)
    {
      g_assert_true (nv_history_redo (history));
      assert_same (plan, g_ptr_array_index (snapshots, i));
    }
  g_assert_false (nv_history_redo (history));

  g_ptr_array_unref (snapshots);
}

/* Typing into one field is one step */
static void
test_typing_merges (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvHistory *history = nv_plan_get_history (plan);
  NvMeeting *meeting = first_meeting (plan);
  g_autofree char *before = g_strdup (nv_meeting_get_title (meeting));

  nv_meeting_set_title (meeting, "N");
  nv_meeting_set_title (meeting, "Ny");
  nv_meeting_set_title (meeting, "Ny titel");
  nv_meeting_set_location (meeting, "Hjemme hos Karen");

  g_assert_true (nv_history_undo (history));
  g_assert_cmpstr (nv_meeting_get_title (meeting), ==, "Ny titel");
  g_assert_true (nv_history_undo (history));
  g_assert_cmpstr (nv_meeting_get_title (meeting), ==, before);
  g_assert_false (nv_history_get_can_undo (history));

  /* After sealing (the user left the field), typing starts a new step */
  g_assert_true (nv_history_redo (history));
  nv_history_seal (history);
  nv_meeting_set_title (meeting, "Ny titel 2");
  g_assert_true (nv_history_undo (history));
  g_assert_cmpstr (nv_meeting_get_title (meeting), ==, "Ny titel");
}

/* Typed and typed back: there is nothing to undo */
static void
test_noop_steps (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvHistory *history = nv_plan_get_history (plan);
  NvMeeting *meeting = first_meeting (plan);
  g_autofree char *before = g_strdup (nv_meeting_get_title (meeting));

  nv_meeting_set_location (meeting, "Et sted");
  nv_history_seal (history);
  nv_meeting_set_title (meeting, "Noget andet");
  nv_meeting_set_title (meeting, before);

  /* The title's step changed nothing: Undo takes back the place */
  g_assert_true (nv_history_undo (history));
  g_assert_cmpstr (nv_meeting_get_title (meeting), ==, before);
  g_assert_cmpstr (nv_meeting_get_location (meeting), !=, "Et sted");
  g_assert_false (nv_history_get_can_undo (history));
}

/* Typing that ends at the value it began with leaves no step at all */
static void
test_typing_back_to_start (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvHistory *history = nv_plan_get_history (plan);
  NvMeeting *meeting = first_meeting (plan);
  int before = nv_meeting_get_start (meeting);

  g_assert_false (nv_history_get_modified (history));
  nv_meeting_set_start (meeting, 2 * 60);
  g_assert_true (nv_history_get_can_undo (history));
  g_assert_true (nv_history_get_modified (history));
  nv_meeting_set_start (meeting, before);
  g_assert_false (nv_history_get_can_undo (history));
  g_assert_false (nv_history_get_modified (history));

  /* Typing on makes a step again */
  nv_meeting_set_start (meeting, 1 * 60);
  g_assert_true (nv_history_get_can_undo (history));
  g_assert_true (nv_history_undo (history));
  g_assert_cmpint (nv_meeting_get_start (meeting), ==, before);
  g_assert_false (nv_history_get_modified (history));
}

static void
test_groups (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvHistory *history = nv_plan_get_history (plan);
  NvMeeting *meeting = first_meeting (plan);
  g_autoptr(NvPlan) original = snapshot (plan);

  nv_history_begin_group (history, "Flyt møde");
  nv_meeting_set_date (meeting, nv_date_from_ymd (2027, 5, 4));
  nv_history_begin_group (history, NULL);
  nv_meeting_set_start (meeting, 10 * 60);
  nv_history_end_group (history);
  g_assert_false (nv_history_get_can_undo (history));
  nv_history_end_group (history);

  g_assert_cmpstr (nv_history_get_undo_label (history), ==, "Flyt møde");
  g_assert_true (nv_history_undo (history));
  assert_same (plan, original);
  g_assert_false (nv_history_get_can_undo (history));

  /* An empty group leaves no step */
  nv_history_begin_group (history, "Ingenting");
  nv_history_end_group (history);
  g_assert_false (nv_history_get_can_undo (history));
  g_assert_true (nv_history_get_can_redo (history));
}

static void
test_modified (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvHistory *history = nv_plan_get_history (plan);
  NvMeeting *meeting = first_meeting (plan);

  g_assert_false (nv_history_get_modified (history));
  nv_meeting_set_location (meeting, "Et sted");
  g_assert_true (nv_history_get_modified (history));
  nv_history_mark_saved (history);
  g_assert_false (nv_history_get_modified (history));

  /* Undoing past the save makes the plan differ from the file; redoing
   * back to it does not */
  nv_history_undo (history);
  g_assert_true (nv_history_get_modified (history));
  nv_history_redo (history);
  g_assert_false (nv_history_get_modified (history));

  /* A new change after an undo past the save point: the saved state is
   * out of reach for good */
  nv_history_undo (history);
  nv_meeting_set_location (meeting, "Et andet sted");
  g_assert_true (nv_history_get_modified (history));
  nv_history_undo (history);
  g_assert_true (nv_history_get_modified (history));
}

/* Deleting a person takes their memberships and participations with
 * them and clears their roles, so the saved file has no dangling
 * reference; undo brings it all back. */
static void
test_delete_person (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvHistory *history = nv_plan_get_history (plan);
  NvMeeting *meeting = first_meeting (plan);
  NvRecord *chair = nv_plan_lookup (plan, nv_meeting_get_chair (meeting));
  g_autoptr(NvPlan) original = snapshot (plan);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) reloaded = NULL;
  g_autofree char *chair_id = g_strdup (nv_record_get_id (chair));
  guint people = g_list_model_get_n_items (nv_plan_get_people (plan));

  nv_plan_delete_record (plan, chair, "Slet person");
  g_assert_null (nv_meeting_get_chair (meeting));
  g_assert_null (nv_plan_lookup (plan, chair_id));
  g_assert_cmpuint (g_list_model_get_n_items (nv_plan_get_people (plan)), ==, people - 1);

  bytes = nv_plan_to_bytes (plan);
  g_assert_null (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), chair_id));
  reloaded = nv_plan_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  g_assert_true (nv_history_undo (history));
  assert_same (plan, original);
}

/* Random changes of every kind to random records; every step undoes to
 * exactly the state before it, and redoes to exactly the state after. */
static void
random_value (NvPlan     *plan,
              NvRecord   *record,
              GParamSpec *pspec,
              GRand      *rand)
{
  const NvField *field = nv_field_get (pspec);
  GListModel *people = nv_plan_get_people (plan);
  guint n_people = g_list_model_get_n_items (people);
  const char *person_id = n_people > 0
    ? nv_record_get_id (nv_record_list_peek (NV_RECORD_LIST (people), g_rand_int_range (rand, 0, n_people)))
    : NULL;
  g_autofree char *text = g_strdup_printf ("tekst %u æøå", g_rand_int (rand));

  switch (field->kind)
    {
    case NV_FIELD_STRING:
      nv_record_set_string (record, pspec, g_rand_boolean (rand) ? text : NULL);
      break;
    case NV_FIELD_INT:
      nv_record_set_int (record, pspec, g_rand_int_range (rand, MAX (G_PARAM_SPEC_INT (pspec)->minimum, -1), 50));
      break;
    case NV_FIELD_TIME:
      nv_record_set_int (record, pspec, g_rand_int_range (rand, -1, NV_MINUTES_PER_DAY));
      break;
    case NV_FIELD_DURATION:
      nv_record_set_int (record, pspec, g_rand_int_range (rand, -1, 300));
      break;
    case NV_FIELD_BOOLEAN:
      nv_record_set_boolean (record, pspec, g_rand_boolean (rand));
      break;
    case NV_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->target_type);
        nv_record_set_int (record, pspec, enum_class->values[g_rand_int_range (rand, 0, enum_class->n_values)].value);
      }
      break;
    case NV_FIELD_DATE:
      nv_record_set_uint (record, pspec, g_rand_boolean (rand)
                          ? nv_date_from_ymd (2027, g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29)) : 0);
      break;
    case NV_FIELD_STRV:
      nv_record_set_strv (record, pspec, (const char *[]) { text, "to", NULL });
      break;
    case NV_FIELD_REF:
      if (field->target_type == NV_TYPE_PERSON && person_id != NULL)
        nv_record_set_string (record, pspec, person_id);
      break;
    case NV_FIELD_REF_LIST:
      if (person_id != NULL)
        nv_record_set_strv (record, pspec, (const char *[]) { person_id, NULL });
      break;
    case NV_FIELD_RECORD:
    case NV_FIELD_LIST:
    default:
      break;
    }
}

static gboolean
collect_records (NvRecord *record,
                 gpointer  user_data)
{
  g_ptr_array_add (user_data, record);
  return TRUE;
}

static void
random_change (NvPlan *plan,
               GRand  *rand)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();
  NvRecord *record;
  GPtrArray *fields;
  GParamSpec *pspec;
  const NvField *field;

  nv_record_walk (NV_RECORD (plan), collect_records, records);
  record = g_ptr_array_index (records, g_rand_int_range (rand, 0, records->len));
  fields = nv_record_get_fields (record);
  if (fields->len == 0)
    return;
  pspec = g_ptr_array_index (fields, g_rand_int_range (rand, 0, fields->len));
  field = nv_field_get (pspec);

  if (field->kind == NV_FIELD_LIST)
    {
      NvRecordList *list = *(NvRecordList **) nv_record_field_pointer (record, pspec);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
      int what = g_rand_int_range (rand, 0, 3);

      if (what == 0 || n == 0)
        {
          /* A new record, copied from a sibling so its references are valid */
          g_autoptr(NvRecord) item = n > 0 ? nv_record_copy (nv_record_list_peek (list, 0))
                                           : g_object_new (field->target_type, NULL);

          /* Copies share ids with the original; give the whole copy new ones */
          if (n > 0 && field->target_type != NV_TYPE_PERSON)
            {
              g_autoptr(GPtrArray) parts = g_ptr_array_new ();

              nv_record_walk (item, collect_records, parts);
              for (guint i = 0; i < parts->len; i++)
                if (nv_record_get_id (g_ptr_array_index (parts, i)) != NULL)
                  g_free (nv_record_make_id (g_ptr_array_index (parts, i)));
            }
          else
            g_free (nv_record_make_id (item));

          /* Required references of a fresh record point at someone real */
          if (n == 0 && (field->target_type == NV_TYPE_MEMBER || field->target_type == NV_TYPE_PARTICIPANT))
            {
              GListModel *people = nv_plan_get_people (plan);

              if (g_list_model_get_n_items (people) == 0)
                return;
              g_object_set (item, "person", nv_record_get_id (nv_record_list_peek (NV_RECORD_LIST (people), 0)), NULL);
            }

          nv_record_list_insert (list, g_rand_int_range (rand, 0, n + 1), item);
        }
      else if (what == 1)
        nv_plan_delete_record (plan, nv_record_list_peek (list, g_rand_int_range (rand, 0, n)), NULL);
      else
        nv_record_list_move (list, g_rand_int_range (rand, 0, n), g_rand_int_range (rand, 0, n));
    }
  else
    random_value (plan, record, pspec, rand);
}

static void
test_random_changes (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("bydelsmoedre.netvaerk");
  NvHistory *history = nv_plan_get_history (plan);
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autoptr(GPtrArray) snapshots = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (snapshots, snapshot (plan));
  for (guint i = 0; i < 300; i++)
    {
      random_change (plan, rand);
      nv_history_seal (history);

      /* Only keep a snapshot when the change made a step */
      if (!nv_record_equal (NV_RECORD (plan), g_ptr_array_index (snapshots, snapshots->len - 1)))
        g_ptr_array_add (snapshots, snapshot (plan));
    }

  for (guint i = snapshots->len - 1; i > 0; i--)
    {
      g_assert_true (nv_history_undo (history));
      assert_same (plan, g_ptr_array_index (snapshots, i - 1));
    }
  for (guint i = 1; i < snapshots->len; i++)
    {
      g_assert_true (nv_history_redo (history));
      assert_same (plan, g_ptr_array_index (snapshots, i));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/each-kind", test_each_kind);
  g_test_add_func ("/history/typing-merges", test_typing_merges);
  g_test_add_func ("/history/groups", test_groups);
  g_test_add_func ("/history/noop-steps", test_noop_steps);
  g_test_add_func ("/history/typing-back-to-start", test_typing_back_to_start);
  g_test_add_func ("/history/modified", test_modified);
  g_test_add_func ("/history/delete-person", test_delete_person);
  g_test_add_func ("/history/random-changes", test_random_changes);

  return g_test_run ();
}
