/* test-planning.c: the planning grid's rows, suggestions for how people
 * take part, and dates and times typed into one field
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "nv-format.h"
#include "nv-input.h"
#include "nv-member.h"
#include "nv-person.h"
#include "nv-planning.h"
#include "nv-test-util.h"
#include "nv-util.h"

typedef struct
{
  const char *text;
  guint       date;    /* G_MAXUINT: refused */
  int         start;
  int         error;
} WhenCase;

static void
test_date_time (void)
{
  guint april_21 = nv_date_from_ymd (2027, 4, 21);
  guint reference = nv_date_from_ymd (2027, 1, 10);
  const WhenCase cases[] = {
    { "21.4.2027 15.00", april_21, 900 },
    { "21.04.2027 kl. 15.00", april_21, 900 },
    { "21/4/2027 15:00", april_21, 900 },
    { "21-04-2027", april_21, -1 },
    { "2027-04-21 9.30", april_21, 570 },
    { "21.4.27 kl 15", april_21, 900 },
    { "21.4. kl. 15", april_21, 900 },
    { "21/4 15.30", april_21, 930 },
    { "21.04", april_21, -1 },
    { "onsdag d. 21. april 2027 kl. 15.00", april_21, 900 },
    { "Wednesday 21 April 2027 at 15:00", april_21, 900 },
    { "21. apr. 2027 kl. 15.00", april_21, 900 },
    { "21 Apr 2027, 15:00", april_21, 900 },
    { "April 21, 2027", april_21, -1 },
    { "21. maj 2027", nv_date_from_ymd (2027, 5, 21), -1 },
    { "15.00", 0, 900 },
    { "kl. 9", 0, 540 },
    { "9.30", 0, 570 },
    { "", 0, -1 },
    { "   ", 0, -1 },
    { "29.2.2028", nv_date_from_ymd (2028, 2, 29), -1 },
    { "30.2.2027", G_MAXUINT, 0, NV_INPUT_ERROR_OUT_OF_RANGE },
    { "29.2.2027", G_MAXUINT, 0, NV_INPUT_ERROR_OUT_OF_RANGE },
    { "31. april 2027", G_MAXUINT, 0, NV_INPUT_ERROR_OUT_OF_RANGE },
    { "32.1.2027", G_MAXUINT, 0, NV_INPUT_ERROR_OUT_OF_RANGE },
    { "1.13.2027", G_MAXUINT, 0, NV_INPUT_ERROR_OUT_OF_RANGE },
    { "21.4.2027 25.00", G_MAXUINT, 0, NV_INPUT_ERROR_OUT_OF_RANGE },
    { "21.4.2027 15.61", G_MAXUINT, 0, NV_INPUT_ERROR_OUT_OF_RANGE },
    { "21.4.2027 kl.", G_MAXUINT, 0, NV_INPUT_ERROR_INVALID },
    { "næste tirsdag", G_MAXUINT, 0, NV_INPUT_ERROR_INVALID },
    { "21.4.2027 15.00 16.00", G_MAXUINT, 0, NV_INPUT_ERROR_INVALID },
    { "21.4.2027 22.4.2027", G_MAXUINT, 0, NV_INPUT_ERROR_INVALID },
    { "april", G_MAXUINT, 0, NV_INPUT_ERROR_INVALID },
    { "2027", G_MAXUINT, 0, NV_INPUT_ERROR_INVALID },
    { "21.4.99999", G_MAXUINT, 0, NV_INPUT_ERROR_INVALID },
    { "1.1.0001", G_MAXUINT, 0, NV_INPUT_ERROR_OUT_OF_RANGE },
  };

  nv_test_use_locale ("C.UTF-8", "en");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      guint date = 4711;
      int start = 4711;
      gboolean ok = nv_parse_date_time (cases[i].text, reference, &date, &start, &error);

      g_test_message ("%s", cases[i].text);
      if (cases[i].date != G_MAXUINT)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpuint (date, ==, cases[i].date);
          g_assert_cmpint (start, ==, cases[i].start);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, NV_INPUT_ERROR, cases[i].error);
          g_assert_nonnull (g_strstr_len (error->message, -1, "“"));
          g_assert_cmpuint (date, ==, 4711);
          g_assert_cmpint (start, ==, 4711);
        }
    }
}

/* What the grid and the meeting page show, the field reads back */
static void
check_round_trip (void)
{
  for (guint date = nv_date_from_ymd (2026, 12, 20); date < nv_date_from_ymd (2028, 1, 10); date += 3)
    {
      int start = (date * 37) % NV_MINUTES_PER_DAY;
      g_autofree char *short_text = nv_format_when_short (date, start);
      g_autofree char *long_text = nv_format_when (date, start);
      g_autofree char *date_text = nv_format_date_short (date);
      guint back_date = 0;
      int back_start = -2;

      g_assert_true (nv_parse_date_time (short_text, 0, &back_date, &back_start, NULL));
      g_assert_cmpuint (back_date, ==, date);
      g_assert_cmpint (back_start, ==, start);

      g_assert_true (nv_parse_date_time (long_text, 0, &back_date, &back_start, NULL));
      g_assert_cmpuint (back_date, ==, date);
      g_assert_cmpint (back_start, ==, start);

      g_assert_true (nv_parse_date_time (date_text, 0, &back_date, &back_start, NULL));
      g_assert_cmpuint (back_date, ==, date);
      g_assert_cmpint (back_start, ==, -1);
    }
}

static void
test_date_time_round_trip (void)
{
  nv_test_use_locale ("C.UTF-8", "en");
  check_round_trip ();

  if (!nv_test_use_danish ())
    return;
  check_round_trip ();
  nv_test_use_locale ("C.UTF-8", "en");
}

/* A small plan: people, one network, its meetings */

static NvPerson *
add_person (NvPlan     *plan,
            const char *name)
{
  NvPerson *person = nv_test_append (nv_plan_get_people (plan), nv_person_new ());

  nv_person_set_name (person, name);
  return person;
}

static const char *
id_of (gpointer record)
{
  return nv_record_get_id (NV_RECORD (record));
}

static NvNetwork *
add_network (NvPlan *plan)
{
  return nv_test_append (nv_plan_get_networks (plan), nv_network_new ());
}

static NvMeeting *
add_meeting (NvNetwork *network)
{
  return nv_test_append (nv_network_get_meetings (network), nv_meeting_new ());
}

static void
add_member (NvNetwork *network,
            NvPerson  *person,
            gboolean   core)
{
  g_autoptr(NvMember) member = nv_member_new ();

  g_free (nv_record_make_id (NV_RECORD (member)));
  nv_member_set_person (member, id_of (person));
  nv_member_set_core (member, core);
  nv_record_list_append (NV_RECORD_LIST (nv_network_get_members (network)), NV_RECORD (member));
}

static NvParticipant *
add_participant (NvMeeting  *meeting,
                 NvPerson   *person,
                 const char *contribution,
                 const char *involvement)
{
  g_autoptr(NvParticipant) participant = nv_participant_new ();

  g_free (nv_record_make_id (NV_RECORD (participant)));
  nv_participant_set_person (participant, id_of (person));
  nv_participant_set_contribution (participant, contribution);
  nv_participant_set_involvement (participant, involvement);
  nv_record_list_append (NV_RECORD_LIST (nv_meeting_get_participants (meeting)), NV_RECORD (participant));
  return participant;
}

/* Core participants first, then members, then the others; each once,
 * with the number of meetings they are in */
static void
test_people (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  NvPerson *jens = add_person (plan, "Jens J.");
  NvPerson *helle = add_person (plan, "Helle H.");
  NvPerson *soeren = add_person (plan, "Søren S.");
  NvPerson *karen = add_person (plan, "Karen K.");
  NvPerson *outside = add_person (plan, "Someone else");
  NvNetwork *network = add_network (plan);
  NvNetwork *other = add_network (plan);
  NvMeeting *first = add_meeting (network);
  NvMeeting *second = add_meeting (network);
  NvMeeting *elsewhere = add_meeting (other);
  g_autoptr(GPtrArray) rows = NULL;
  NvPlanningPerson *row;

  add_member (network, helle, FALSE);
  add_member (network, karen, TRUE);
  add_participant (first, soeren, "Modtager ydelse X", NULL);
  add_participant (first, jens, "Oplæg om X", "Workshop m. borgere, facilitator");
  add_participant (second, jens, NULL, NULL);
  add_participant (second, karen, NULL, NULL);
  add_participant (elsewhere, outside, NULL, NULL);

  rows = nv_planning_people (plan, network);
  g_assert_cmpuint (rows->len, ==, 4);

  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row->person, ==, id_of (karen));
  g_assert_true (row->core && row->member);
  g_assert_cmpuint (row->n_meetings, ==, 1);

  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (row->person, ==, id_of (helle));
  g_assert_true (!row->core && row->member);
  g_assert_cmpuint (row->n_meetings, ==, 0);

  row = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (row->person, ==, id_of (soeren));
  g_assert_false (row->member);
  g_assert_cmpuint (row->n_meetings, ==, 1);

  row = g_ptr_array_index (rows, 3);
  g_assert_cmpstr (row->person, ==, id_of (jens));
  g_assert_cmpuint (row->n_meetings, ==, 2);

  g_assert_true (nv_meeting_find_participant (first, id_of (jens)) != NULL);
  g_assert_cmpstr (nv_participant_get_contribution (nv_meeting_find_participant (first, id_of (jens))), ==, "Oplæg om X");
  g_assert_null (nv_meeting_find_participant (first, id_of (karen)));
  g_assert_null (nv_meeting_find_participant (first, NULL));

  g_assert_cmpuint (nv_meeting_count_contributors (first), ==, 2);
  g_assert_cmpuint (nv_meeting_count_contributors (second), ==, 0);

  /* Deleting a person takes their row away */
  nv_plan_delete_record (plan, NV_RECORD (jens), NULL);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = nv_planning_people (plan, network);
  g_assert_cmpuint (rows->len, ==, 3);
}

/* How people took part before, the most used first; what was typed
 * narrows them down */
static void
test_suggest (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  NvPerson *jens = add_person (plan, "Jens J.");
  NvPerson *helle = add_person (plan, "Helle H.");
  NvPerson *soeren = add_person (plan, "Søren S.");
  NvNetwork *network = add_network (plan);
  NvNetwork *other = add_network (plan);
  NvMeeting *first = add_meeting (network);
  NvMeeting *second = add_meeting (network);
  NvMeeting *elsewhere = add_meeting (other);
  g_auto(GStrv) empty = NULL, all = NULL, workshop = NULL, exact = NULL, contributions = NULL, none = NULL;

  empty = nv_planning_suggest (plan, "involvement", NULL);
  g_assert_cmpstrv (empty, ((const char *[]) { "Participant", "Presentation", "Facilitator",
                                               "Workshop with citizens", NULL }));

  add_participant (first, jens, "Oplæg om X", "Workshop m. borgere, facilitator");
  add_participant (first, helle, "Bidrager med viden om Y", "Workshop m. borgere, deltager");
  add_participant (first, soeren, "Modtager ydelse X", "Workshop m. borgere, deltager");
  add_participant (second, jens, "Oplæg", "  Oplæg ");
  add_participant (second, helle, NULL, "oplæg");
  add_participant (second, soeren, NULL, "");
  add_participant (elsewhere, soeren, NULL, "Deltager");
  add_participant (elsewhere, helle, NULL, "participant");

  all = nv_planning_suggest (plan, "involvement", "");
  g_assert_cmpstrv (all, ((const char *[]) { "Workshop m. borgere, deltager", "Oplæg",
                                             "Workshop m. borgere, facilitator", "Deltager",
                                             "participant", "Presentation", "Facilitator",
                                             "Workshop with citizens", NULL }));

  workshop = nv_planning_suggest (plan, "involvement", "  WORKSHOP m");
  g_assert_cmpstrv (workshop, ((const char *[]) { "Workshop m. borgere, deltager",
                                                  "Workshop m. borgere, facilitator", NULL }));

  /* What is typed in full is not suggested again */
  exact = nv_planning_suggest (plan, "involvement", "oplæg");
  g_assert_cmpstrv (exact, ((const char *[]) { NULL }));

  contributions = nv_planning_suggest (plan, "contribution", "x");
  g_assert_cmpstrv (contributions, ((const char *[]) { "Oplæg om X", "Modtager ydelse X", NULL }));

  none = nv_planning_suggest (plan, "involvement", "borgermøde");
  g_assert_cmpstrv (none, ((const char *[]) { NULL }));
}

static void
test_find_person (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  NvPerson *lars = add_person (plan, "Lars Pedersen");
  NvPerson *lars_h = add_person (plan, "Lars Hansen");
  NvPerson *lene = add_person (plan, "Lene Dahl");
  NvPerson *lene_d = add_person (plan, "Lene D");
  const char *found = "unset";
  g_autoptr(GError) error = NULL;

  g_assert_true (nv_plan_find_person_by_name (plan, "lars pedersen", &found, NULL));
  g_assert_cmpstr (found, ==, id_of (lars));
  g_assert_true (nv_plan_find_person_by_name (plan, " Lars H", &found, NULL));
  g_assert_cmpstr (found, ==, id_of (lars_h));
  /* A whole name wins over a longer one that starts with it */
  g_assert_true (nv_plan_find_person_by_name (plan, "Lene D", &found, NULL));
  g_assert_cmpstr (found, ==, id_of (lene_d));
  g_assert_true (nv_plan_find_person_by_name (plan, "Lene Da", &found, NULL));
  g_assert_cmpstr (found, ==, id_of (lene));
  g_assert_true (nv_plan_find_person_by_name (plan, "  ", &found, NULL));
  g_assert_null (found);

  found = "unset";
  g_assert_false (nv_plan_find_person_by_name (plan, "Lars", &found, &error));
  g_assert_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Lars Pedersen"));
  g_assert_nonnull (strstr (error->message, "Lars Hansen"));
  g_assert_cmpstr (found, ==, "unset");
  g_clear_error (&error);

  g_assert_false (nv_plan_find_person_by_name (plan, "Ole", &found, &error));
  g_assert_error (error, NV_INPUT_ERROR, NV_INPUT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“Ole”"));
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("NETVAERK_LOCALEDIR");

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/planning/date-time", test_date_time);
  g_test_add_func ("/planning/date-time-round-trip", test_date_time_round_trip);
  g_test_add_func ("/planning/people", test_people);
  g_test_add_func ("/planning/suggest", test_suggest);
  g_test_add_func ("/planning/find-person", test_find_person);

  return g_test_run ();
}
