/* test-rotation.c: roles shared fairly over a series
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "nv-member.h"
#include "nv-participant.h"
#include "nv-person.h"
#include "nv-rotation.h"
#include "nv-test-util.h"
#include "nv-util.h"

#define N_RUNS 300

static NvPlan *
new_plan_with_network (guint       n_members,
                       guint       n_meetings,
                       NvNetwork **network_out)
{
  NvPlan *plan = nv_plan_new ();
  g_autoptr(NvNetwork) network = nv_network_new ();

  g_free (nv_record_make_id (NV_RECORD (network)));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_networks (plan)), NV_RECORD (network));

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(NvPerson) person = nv_person_new ();
      g_autoptr(NvMember) member = nv_member_new ();
      g_autofree char *id = g_strdup_printf ("p-%u", i);
      g_autofree char *name = g_strdup_printf ("Person %u", i);

      nv_record_set_id (NV_RECORD (person), id);
      nv_person_set_name (person, name);
      nv_record_list_append (NV_RECORD_LIST (nv_plan_get_people (plan)), NV_RECORD (person));
      g_free (nv_record_make_id (NV_RECORD (member)));
      nv_member_set_person (member, id);
      nv_record_list_append (NV_RECORD_LIST (nv_network_get_members (network)), NV_RECORD (member));
    }

  /* Listed newest first, so that the series' order is the dates' */
  for (guint i = n_meetings; i > 0; i--)
    {
      g_autoptr(NvMeeting) meeting = nv_meeting_new ();
      g_autofree char *title = g_strdup_printf ("Meeting %u", i);

      g_free (nv_record_make_id (NV_RECORD (meeting)));
      nv_meeting_set_title (meeting, title);
      nv_meeting_set_date (meeting, nv_date_from_ymd (2027, 1, 5) + 14 * (i - 1));
      nv_record_list_append (NV_RECORD_LIST (nv_network_get_meetings (network)), NV_RECORD (meeting));
    }

  *network_out = network;
  return plan;
}

/* The @k-th meeting of the series by date */
static NvMeeting *
nth_meeting (NvNetwork *network,
             guint      k)
{
  GListModel *meetings = nv_network_get_meetings (network);
  guint n = g_list_model_get_n_items (meetings);

  return NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), n - 1 - k));
}

static void
decline (NvMeeting  *meeting,
         const char *person,
         gboolean    regrets)
{
  g_autoptr(NvParticipant) participant = nv_participant_new ();

  g_free (nv_record_make_id (NV_RECORD (participant)));
  nv_participant_set_person (participant, person);
  if (regrets)
    nv_participant_set_attendance (participant, NV_ATTENDANCE_REGRETS);
  else
    nv_participant_set_reply (participant, NV_REPLY_DECLINED);
  nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_participants (meeting)), NV_RECORD (participant));
}

static void
accept (NvMeeting  *meeting,
        const char *person)
{
  g_autoptr(NvParticipant) participant = nv_participant_new ();

  g_free (nv_record_make_id (NV_RECORD (participant)));
  nv_participant_set_person (participant, person);
  nv_participant_set_reply (participant, NV_REPLY_ACCEPTED);
  nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_participants (meeting)), NV_RECORD (participant));
}

static gboolean
is_away (NvMeeting  *meeting,
         const char *person)
{
  GListModel *participants = nv_meeting_get_participants (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      NvParticipant *participant = NV_PARTICIPANT (nv_record_list_peek (NV_RECORD_LIST (participants), i));

      if (g_strcmp0 (nv_participant_get_person (participant), person) == 0 &&
          (nv_participant_get_reply (participant) == NV_REPLY_DECLINED ||
           nv_participant_get_attendance (participant) == NV_ATTENDANCE_REGRETS))
        return TRUE;
    }
  return FALSE;
}

static guint
n_roles_in (guint roles)
{
  guint n = 0;

  for (NvRole role = 0; role < NV_N_ROLES; role++)
    if (roles & NV_ROLE_FLAG (role))
      n++;
  return n;
}

static guint
random_roles (GRand *rand)
{
  guint roles = g_rand_int_range (rand, 1, NV_ROLE_FLAGS_ALL + 1);

  g_assert_cmpuint (roles & NV_ROLE_FLAGS_ALL, !=, 0);
  return roles;
}

/* The holder of @role in @meeting, which has one at most */
static char *
holder (NvMeeting *meeting,
        NvRole     role)
{
  g_auto(GStrv) holders = nv_role_holders (meeting, role);

  g_assert_cmpuint (g_strv_length (holders), <=, 1);
  return g_strdup (holders[0]);
}

static char *
describe (NvNetwork *network,
          guint      n_meetings)
{
  GString *text = g_string_new (NULL);

  for (guint k = 0; k < n_meetings; k++)
    {
      NvMeeting *meeting = nth_meeting (network, k);

      for (NvRole role = 0; role < NV_N_ROLES; role++)
        {
          g_autofree char *who = holder (meeting, role);

          g_string_append_printf (text, "%s%s", role > 0 ? "," : "", who != NULL ? who + 2 : "-");
        }
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/* Everyone free, no roles yet: every role is given, nobody has the same
 * role twice in a row nor two roles in one meeting when there are
 * people enough, and each role's counts (and everyone's total) differ
 * by at most one */
static void
test_fair (void)
{
  GRand *rand = g_rand_new_with_seed (20270105);

  for (guint run = 0; run < N_RUNS; run++)
    {
      guint n_members = g_rand_int_range (rand, 1, 13);
      guint n_meetings = g_rand_int_range (rand, 1, 25);
      guint roles = random_roles (rand);
      guint n_roles = n_roles_in (roles);
      NvNetwork *network;
      g_autoptr(NvPlan) plan = new_plan_with_network (n_members, n_meetings, &network);
      NvRotationOptions options = { .roles = roles };
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) slots = nv_rotation_propose (plan, network, &options, &error);
      g_autoptr(GPtrArray) again = nv_rotation_propose (plan, network, &options, NULL);
      guint counts[NV_N_ROLES][12] = { { 0 } };
      guint totals[12] = { 0 };
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (slots->len, ==, n_meetings);
      g_assert_cmpuint (nv_rotation_count_changes (slots), ==, n_meetings * n_roles);

      /* The same input, the same proposal */
      for (guint k = 0; k < slots->len; k++)
        for (NvRole role = 0; role < NV_N_ROLES; role++)
          g_assert_cmpstr (((NvRotationSlot *) slots->pdata[k])->proposed[role], ==,
                           ((NvRotationSlot *) again->pdata[k])->proposed[role]);

      nv_rotation_apply (slots);
      text = describe (network, n_meetings);
      g_test_message ("%u members, roles %x:\n%s", n_members, roles, text);

      for (guint k = 0; k < n_meetings; k++)
        {
          NvMeeting *meeting = nth_meeting (network, k);
          g_autoptr(GHashTable) in_meeting = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

          g_assert_true (((NvRotationSlot *) slots->pdata[k])->meeting == meeting);
          for (NvRole role = 0; role < NV_N_ROLES; role++)
            {
              g_autofree char *who = holder (meeting, role);
              guint index;

              if (!(roles & NV_ROLE_FLAG (role)))
                {
                  g_assert_null (who);
                  continue;
                }
              g_assert_nonnull (who);
              index = g_ascii_strtoull (who + 2, NULL, 10);
              counts[role][index]++;
              totals[index]++;

              if (n_members >= 2 && k > 0)
                {
                  g_autofree char *before = holder (nth_meeting (network, k - 1), role);

                  g_assert_cmpstr (who, !=, before);
                }
              if (n_members >= n_roles)
                g_assert_true (g_hash_table_add (in_meeting, g_strdup (who)));
            }
        }

      for (NvRole role = 0; role < NV_N_ROLES; role++)
        {
          guint low = G_MAXUINT, high = 0;

          if (!(roles & NV_ROLE_FLAG (role)))
            continue;
          for (guint i = 0; i < n_members; i++)
            {
              low = MIN (low, counts[role][i]);
              high = MAX (high, counts[role][i]);
            }
          g_assert_cmpuint (high - low, <=, 1);
        }

      {
        guint low = G_MAXUINT, high = 0;

        for (guint i = 0; i < n_members; i++)
          {
            low = MIN (low, totals[i]);
            high = MAX (high, totals[i]);
          }
        g_assert_cmpuint (high - low, <=, 1);
      }
    }

  g_rand_free (rand);
}

/* Nobody gets a role in a meeting they declined or sent regrets for;
 * whenever a meeting has a free member more than it has roles, nobody
 * repeats last meeting's role and nobody has two */
static void
test_declined (void)
{
  GRand *rand = g_rand_new_with_seed (4);

  for (guint run = 0; run < N_RUNS; run++)
    {
      guint n_members = g_rand_int_range (rand, 1, 10);
      guint n_meetings = g_rand_int_range (rand, 1, 16);
      guint roles = random_roles (rand);
      guint n_roles = n_roles_in (roles);
      NvNetwork *network;
      g_autoptr(NvPlan) plan = new_plan_with_network (n_members, n_meetings, &network);
      NvRotationOptions options = { .roles = roles };
      g_autoptr(GPtrArray) slots = NULL;
      g_autofree char *text = NULL;

      for (guint k = 0; k < n_meetings; k++)
        for (guint i = 0; i < n_members; i++)
          {
            g_autofree char *id = g_strdup_printf ("p-%u", i);
            double chance = g_rand_double (rand);

            if (chance < 0.15)
              decline (nth_meeting (network, k), id, FALSE);
            else if (chance < 0.3)
              decline (nth_meeting (network, k), id, TRUE);
            else if (chance < 0.5)
              accept (nth_meeting (network, k), id);
          }

      slots = nv_rotation_propose (plan, network, &options, NULL);
      g_assert_nonnull (slots);
      g_assert_cmpuint (slots->len, ==, n_meetings);
      nv_rotation_apply (slots);
      text = describe (network, n_meetings);
      g_test_message ("%u members, roles %x:\n%s", n_members, roles, text);

      for (guint k = 0; k < n_meetings; k++)
        {
          NvMeeting *meeting = nth_meeting (network, k);
          NvRotationSlot *slot = slots->pdata[k];
          g_autoptr(GHashTable) in_meeting = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          guint n_free = 0;

          for (guint i = 0; i < n_members; i++)
            {
              g_autofree char *id = g_strdup_printf ("p-%u", i);

              n_free += !is_away (meeting, id);
            }

          for (NvRole role = 0; role < NV_N_ROLES; role++)
            {
              g_autofree char *who = holder (meeting, role);

              if (!(roles & NV_ROLE_FLAG (role)))
                continue;

              /* Given whenever someone can come */
              g_assert_true ((who != NULL) == (n_free > 0));
              g_assert_true (((slot->unfilled & NV_ROLE_FLAG (role)) != 0) == (n_free == 0));
              if (who == NULL)
                continue;
              g_assert_false (is_away (meeting, who));

              if (n_free > n_roles)
                {
                  g_assert_true (g_hash_table_add (in_meeting, g_strdup (who)));
                  if (k > 0)
                    {
                      g_autofree char *before = holder (nth_meeting (network, k - 1), role);

                      g_assert_cmpstr (who, !=, before);
                    }
                }
            }
        }
    }

  g_rand_free (rand);
}

/* Roles already given stay unless asked; the new ones still avoid
 * repeating them; replacing gives every chosen role again; meetings
 * before the day, held and cancelled ones are left alone */
static void
test_kept (void)
{
  GRand *rand = g_rand_new_with_seed (1234);

  for (guint run = 0; run < N_RUNS; run++)
    {
      guint n_members = g_rand_int_range (rand, 2, 10);
      guint n_meetings = g_rand_int_range (rand, 2, 16);
      guint roles = random_roles (rand);
      NvNetwork *network;
      g_autoptr(NvPlan) plan = new_plan_with_network (n_members, n_meetings, &network);
      guint from = g_rand_int_range (rand, 0, n_meetings);
      NvRotationOptions options = {
        .roles = roles,
        .from_date = nv_meeting_get_date (nth_meeting (network, from)),
      };
      g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      g_autoptr(GPtrArray) slots = NULL;
      g_autoptr(GError) error = NULL;
      guint n_empty = 0, n_open_meetings = 0;

      /* Some roles are someone's already, some meetings were held or
       * are cancelled */
      for (guint k = 0; k < n_meetings; k++)
        {
          NvMeeting *meeting = nth_meeting (network, k);
          double chance = g_rand_double (rand);
          g_autofree char *a = g_strdup_printf ("p-%u", g_rand_int_range (rand, 0, n_members));
          g_autofree char *b = g_strdup_printf ("p-%u", g_rand_int_range (rand, 0, n_members));

          if (g_rand_boolean (rand))
            nv_meeting_set_chair (meeting, a);
          if (g_rand_boolean (rand))
            nv_meeting_set_host (meeting, b);
          if (g_rand_boolean (rand))
            nv_meeting_set_theme_leads (meeting, (const char * const[]) { a, b, NULL });
          if (chance < 0.1)
            nv_meeting_set_status (meeting, NV_MEETING_STATUS_HELD);
          else if (chance < 0.2)
            nv_meeting_set_status (meeting, NV_MEETING_STATUS_CANCELLED);
        }

      for (guint k = 0; k < n_meetings; k++)
        {
          NvMeeting *meeting = nth_meeting (network, k);
          gboolean open = k >= from && nv_meeting_get_status (meeting) == NV_MEETING_STATUS_PLANNED;
          gboolean any_empty = FALSE;

          for (NvRole role = 0; role < NV_N_ROLES; role++)
            {
              GStrv holders = nv_role_holders (meeting, role);

              if (open && (roles & NV_ROLE_FLAG (role)) && holders[0] == NULL)
                {
                  n_empty++;
                  any_empty = TRUE;
                }
              g_ptr_array_add (before, holders);
            }
          n_open_meetings += open && any_empty;
        }

      slots = nv_rotation_propose (plan, network, &options, &error);
      if (n_empty == 0)
        {
          g_assert_error (error, NV_ROTATION_ERROR, NV_ROTATION_ERROR_NO_MEETINGS);
          continue;
        }
      g_assert_no_error (error);
      g_assert_cmpuint (slots->len, ==, n_open_meetings);
      g_assert_cmpuint (nv_rotation_count_changes (slots), ==, n_empty);
      nv_rotation_apply (slots);

      for (guint k = 0; k < n_meetings; k++)
        {
          NvMeeting *meeting = nth_meeting (network, k);
          gboolean open = k >= from && nv_meeting_get_status (meeting) == NV_MEETING_STATUS_PLANNED;

          for (NvRole role = 0; role < NV_N_ROLES; role++)
            {
              g_auto(GStrv) now = nv_role_holders (meeting, role);
              GStrv then = before->pdata[k * NV_N_ROLES + role];

              if (then[0] != NULL || !open || !(roles & NV_ROLE_FLAG (role)))
                g_assert_true (g_strv_equal ((const char * const *) now, (const char * const *) then));
              else
                g_assert_cmpuint (g_strv_length (now), ==, 1);
            }
        }

      /* Replacing: every chosen role of the open meetings is given */
      options.replace = TRUE;
      g_clear_pointer (&slots, g_ptr_array_unref);
      slots = nv_rotation_propose (plan, network, &options, &error);
      g_assert_no_error (error);
      nv_rotation_apply (slots);
      for (guint i = 0; i < slots->len; i++)
        {
          NvRotationSlot *slot = slots->pdata[i];

          g_assert_cmpint (nv_meeting_get_status (slot->meeting), ==, NV_MEETING_STATUS_PLANNED);
          g_assert_cmpuint (nv_meeting_get_date (slot->meeting), >=, options.from_date);
          for (NvRole role = 0; role < NV_N_ROLES; role++)
            if (roles & NV_ROLE_FLAG (role))
              {
                g_auto(GStrv) now = nv_role_holders (slot->meeting, role);

                g_assert_cmpuint (g_strv_length (now), ==, 1);
              }
        }
    }

  g_rand_free (rand);
}

/* Two members share chair and minute-taker: they can only swap */
static void
test_two_members (void)
{
  NvNetwork *network;
  g_autoptr(NvPlan) plan = new_plan_with_network (2, 4, &network);
  NvRotationOptions options = { .roles = NV_ROLE_FLAG (NV_ROLE_CHAIR) | NV_ROLE_FLAG (NV_ROLE_MINUTE_TAKER) };
  g_autoptr(GPtrArray) slots = nv_rotation_propose (plan, network, &options, NULL);
  g_autofree char *text = NULL;

  nv_rotation_apply (slots);
  text = describe (network, 4);
  g_assert_true (g_str_equal (text, "0,1,-,-,-\n1,0,-,-,-\n0,1,-,-,-\n1,0,-,-,-\n") ||
                 g_str_equal (text, "1,0,-,-,-\n0,1,-,-,-\n1,0,-,-,-\n0,1,-,-,-\n"));
}

/* A chair given already in the middle of the series: the meetings
 * either side get someone else */
static void
test_kept_neighbours (void)
{
  NvNetwork *network;
  g_autoptr(NvPlan) plan = new_plan_with_network (3, 5, &network);
  NvRotationOptions options = { .roles = NV_ROLE_FLAG (NV_ROLE_CHAIR) };
  g_autoptr(GPtrArray) slots = NULL;

  nv_meeting_set_chair (nth_meeting (network, 2), "p-0");
  slots = nv_rotation_propose (plan, network, &options, NULL);
  g_assert_cmpuint (slots->len, ==, 4);
  nv_rotation_apply (slots);

  g_assert_cmpstr (nv_meeting_get_chair (nth_meeting (network, 2)), ==, "p-0");
  g_assert_cmpstr (nv_meeting_get_chair (nth_meeting (network, 1)), !=, "p-0");
  g_assert_cmpstr (nv_meeting_get_chair (nth_meeting (network, 3)), !=, "p-0");
  for (guint k = 1; k < 5; k++)
    g_assert_cmpstr (nv_meeting_get_chair (nth_meeting (network, k)), !=,
                     nv_meeting_get_chair (nth_meeting (network, k - 1)));
}

/* Held meetings count: whoever chaired more often, or more lately,
 * chairs later */
static void
test_history (void)
{
  NvRotationOptions options = { .roles = NV_ROLE_FLAG (NV_ROLE_CHAIR) };

  {
    NvNetwork *network;
    g_autoptr(NvPlan) plan = new_plan_with_network (3, 7, &network);
    g_autoptr(GPtrArray) slots = NULL;

    /* Person 0 chaired three times; person 1 took the minutes four */
    for (guint k = 0; k < 4; k++)
      {
        nv_meeting_set_status (nth_meeting (network, k), NV_MEETING_STATUS_HELD);
        nv_meeting_set_chair (nth_meeting (network, k), k < 3 ? "p-0" : "p-2");
        nv_meeting_set_minute_taker (nth_meeting (network, k), "p-1");
      }
    slots = nv_rotation_propose (plan, network, &options, NULL);
    g_assert_cmpuint (slots->len, ==, 3);
    nv_rotation_apply (slots);
    for (guint k = 4; k < 7; k++)
      g_assert_cmpstr (nv_meeting_get_chair (nth_meeting (network, k)), !=, "p-0");
  }

  {
    NvNetwork *network;
    g_autoptr(NvPlan) plan = new_plan_with_network (3, 4, &network);
    g_autoptr(GPtrArray) slots = NULL;

    nv_meeting_set_status (nth_meeting (network, 0), NV_MEETING_STATUS_HELD);
    nv_meeting_set_chair (nth_meeting (network, 0), "p-1");
    nv_meeting_set_status (nth_meeting (network, 1), NV_MEETING_STATUS_HELD);
    nv_meeting_set_chair (nth_meeting (network, 1), "p-0");
    slots = nv_rotation_propose (plan, network, &options, NULL);
    nv_rotation_apply (slots);
    g_assert_cmpstr (nv_meeting_get_chair (nth_meeting (network, 2)), ==, "p-2");
    g_assert_cmpstr (nv_meeting_get_chair (nth_meeting (network, 3)), ==, "p-1");
  }
}

static void
test_errors (void)
{
  NvNetwork *network;
  g_autoptr(NvPlan) plan = new_plan_with_network (0, 3, &network);
  NvNetwork *other;
  g_autoptr(NvPlan) other_plan = new_plan_with_network (2, 2, &other);
  NvRotationOptions options = { .roles = NV_ROLE_FLAG (NV_ROLE_HOST) };
  NvRotationOptions none = { .roles = 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) slots = NULL;

  g_assert_null (nv_rotation_propose (plan, network, &options, &error));
  g_assert_error (error, NV_ROTATION_ERROR, NV_ROTATION_ERROR_NO_MEMBERS);
  g_clear_error (&error);

  g_assert_null (nv_rotation_propose (other_plan, other, &none, &error));
  g_assert_error (error, NV_ROTATION_ERROR, NV_ROTATION_ERROR_NO_ROLES);
  g_clear_error (&error);

  /* A member who is not a person of the plan takes no role */
  {
    g_autoptr(NvMember) stranger = nv_member_new ();

    g_free (nv_record_make_id (NV_RECORD (stranger)));
    nv_member_set_person (stranger, "p-nobody");
    nv_record_list_append (NV_RECORD_LIST (nv_network_get_members (network)), NV_RECORD (stranger));
    g_assert_null (nv_rotation_propose (plan, network, &options, &error));
    g_assert_error (error, NV_ROTATION_ERROR, NV_ROTATION_ERROR_NO_MEMBERS);
    g_clear_error (&error);
  }

  slots = nv_rotation_propose (other_plan, other, &options, &error);
  g_assert_no_error (error);
  nv_rotation_apply (slots);
  g_assert_null (nv_rotation_propose (other_plan, other, &options, &error));
  g_assert_error (error, NV_ROTATION_ERROR, NV_ROTATION_ERROR_NO_MEETINGS);
}

static NvMeeting *
sample_meeting (GListModel *meetings,
                guint       i)
{
  return NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), i));
}

/* On seed 001's foster carers: the roles they chose stay (the third
 * meeting has all of them), those who declined get nothing, and one undo
 * takes back everything */
static void
test_sample_undo (void)
{
  g_autoptr(NvPlan) plan = nv_test_load_sample ("familieplejere.netvaerk");
  NvNetwork *network = NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (nv_plan_get_networks (plan)), 0));
  GListModel *meetings = nv_network_get_meetings (network);
  NvHistory *history = nv_plan_get_history (plan);
  NvRotationOptions options = { .roles = NV_ROLE_FLAGS_ALL };
  g_autoptr(GPtrArray) slots = nv_rotation_propose (plan, network, &options, NULL);
  const char * const *leads = nv_meeting_get_theme_leads (sample_meeting (meetings, 2));

  g_assert_nonnull (slots);
  g_assert_cmpuint (slots->len, ==, 2);
  g_assert_true (((NvRotationSlot *) slots->pdata[0])->meeting == sample_meeting (meetings, 0));
  g_assert_true (((NvRotationSlot *) slots->pdata[1])->meeting == sample_meeting (meetings, 1));
  /* Minute-taker, boundary keeper, theme lead; boundary keeper, theme lead */
  g_assert_cmpuint (nv_rotation_count_changes (slots), ==, 5);

  nv_history_begin_group (history, "Rotate Roles");
  nv_rotation_apply (slots);
  nv_history_end_group (history);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      NvMeeting *meeting = sample_meeting (meetings, i);

      g_assert_nonnull (nv_meeting_get_minute_taker (meeting));
      g_assert_nonnull (nv_meeting_get_boundary_keeper (meeting));
      g_assert_nonnull (nv_meeting_get_theme_leads (meeting));
      for (NvRole role = 0; role < NV_N_ROLES; role++)
        {
          g_auto(GStrv) holders = nv_role_holders (meeting, role);

          for (guint h = 0; holders[h] != NULL; h++)
            g_assert_false (is_away (meeting, holders[h]));
        }
    }
  g_assert_cmpstr (nv_meeting_get_chair (sample_meeting (meetings, 0)), ==, "p-birgitte");
  g_assert_cmpstr (nv_meeting_get_minute_taker (sample_meeting (meetings, 1)), ==, "p-marianne");
  g_assert_cmpstr (nv_meeting_get_host (sample_meeting (meetings, 2)), ==, "p-ole");
  g_assert_true (nv_meeting_get_theme_leads (sample_meeting (meetings, 2)) == leads);
  /* Birgitte keeps the boundaries in the third meeting */
  g_assert_cmpstr (nv_meeting_get_boundary_keeper (sample_meeting (meetings, 1)), !=, "p-birgitte");

  g_assert_true (nv_history_undo (history));
  g_assert_false (nv_history_get_can_undo (history));
  for (guint i = 0; i < 2; i++)
    {
      NvMeeting *meeting = sample_meeting (meetings, i);

      g_assert_null (nv_meeting_get_boundary_keeper (meeting));
      g_assert_null (nv_meeting_get_theme_leads (meeting));
    }
  g_assert_null (nv_meeting_get_minute_taker (sample_meeting (meetings, 0)));
  g_assert_cmpstr (nv_meeting_get_minute_taker (sample_meeting (meetings, 1)), ==, "p-marianne");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rotation/fair", test_fair);
  g_test_add_func ("/rotation/declined", test_declined);
  g_test_add_func ("/rotation/kept", test_kept);
  g_test_add_func ("/rotation/two-members", test_two_members);
  g_test_add_func ("/rotation/kept-neighbours", test_kept_neighbours);
  g_test_add_func ("/rotation/history", test_history);
  g_test_add_func ("/rotation/errors", test_errors);
  g_test_add_func ("/rotation/sample-undo", test_sample_undo);

  return g_test_run ();
}
