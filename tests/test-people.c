/* test-people.c: searching people, duplicates, e-mail addresses, the
 * size of a network and seed 000's local groups
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "nv-member.h"
#include "nv-people.h"
#include "nv-person.h"
#include "nv-plan-file.h"
#include "nv-series.h"
#include "nv-test-util.h"

static NvPerson *
add_person (NvPlan     *plan,
            const char *name,
            const char *organisation,
            const char *email)
{
  NvPerson *person = nv_test_append (nv_plan_get_people (plan), nv_person_new ());

  nv_person_set_name (person, name);
  nv_person_set_organisation (person, organisation);
  nv_person_set_email (person, email);
  return person;
}

static NvNetwork *
add_network (NvPlan *plan)
{
  return nv_test_append (nv_plan_get_networks (plan), nv_network_new ());
}

static NvMember *
add_member (NvNetwork   *network,
            NvPerson    *person,
            const char  *local_group,
            NvLocalRole  local_role)
{
  g_autoptr(NvMember) member = nv_member_new ();

  g_free (nv_record_make_id (NV_RECORD (member)));
  nv_member_set_person (member, nv_record_get_id (NV_RECORD (person)));
  nv_member_set_local_group (member, local_group);
  nv_member_set_local_role (member, local_role);
  nv_record_list_append (NV_RECORD_LIST (nv_network_get_members (network)), NV_RECORD (member));
  return member;
}

static void
test_fold (void)
{
  g_autofree char *spaces = nv_people_fold ("  Karen \t HOLM ");
  g_autofree char *danish = nv_people_fold ("ÆRØ Øst");
  /* "å" written as "a" and a combining ring */
  g_autofree char *composed = nv_people_fold ("A\xcc\x8a" "rhus");
  g_autofree char *empty = nv_people_fold (NULL);
  g_autofree char *invalid = nv_people_fold ("Karen\xff");

  g_assert_cmpstr (spaces, ==, "karen holm");
  g_assert_cmpstr (danish, ==, "ærø øst");
  g_assert_cmpstr (composed, ==, "århus");
  g_assert_cmpstr (empty, ==, "");
  g_assert_true (g_utf8_validate (invalid, -1, NULL));
}

static void
test_search (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  NvPerson *hanan = add_person (plan, "Hanan Yousef", "Bydelsmødre Aalborg", "hanan@example.dk");
  NvPerson *lone = add_person (plan, "Lone Madsen", "Aalborg Kommune", "lone.madsen@aalborg.example.dk");
  NvPerson *jens = add_person (plan, "Jens Jensen", NULL, NULL);
  NvNetwork *nord = add_network (plan);
  NvNetwork *syd = add_network (plan);
  g_autoptr(GHashTable) groups = NULL;
  GPtrArray *hanan_groups, *lone_groups;

  add_member (nord, hanan, "Aalborg Øst", NV_LOCAL_ROLE_VOLUNTEER);
  add_member (nord, lone, "Aalborg Øst", NV_LOCAL_ROLE_COORDINATOR);
  /* The same group in another network, written differently, counts once */
  add_member (syd, lone, " aalborg  øst", NV_LOCAL_ROLE_COORDINATOR);
  add_member (syd, jens, NULL, NV_LOCAL_ROLE_NONE);
  nv_person_set_role (jens, "Skoleleder");

  groups = nv_people_local_groups (plan);
  hanan_groups = g_hash_table_lookup (groups, nv_record_get_id (NV_RECORD (hanan)));
  lone_groups = g_hash_table_lookup (groups, nv_record_get_id (NV_RECORD (lone)));
  g_assert_nonnull (hanan_groups);
  g_assert_cmpuint (hanan_groups->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (hanan_groups, 0), ==, "Aalborg Øst");
  g_assert_cmpuint (lone_groups->len, ==, 1);
  g_assert_null (g_hash_table_lookup (groups, nv_record_get_id (NV_RECORD (jens))));

  /* Name, organisation, e-mail, local group, role; any case */
  g_assert_true (nv_person_matches (hanan, hanan_groups, "hanan"));
  g_assert_true (nv_person_matches (hanan, hanan_groups, "BYDELSMØDRE"));
  g_assert_true (nv_person_matches (lone, lone_groups, "aalborg.example"));
  g_assert_true (nv_person_matches (hanan, hanan_groups, "øst"));
  g_assert_true (nv_person_matches (jens, NULL, "skoleleder"));
  g_assert_false (nv_person_matches (jens, NULL, "øst"));
  /* Every word somewhere */
  g_assert_true (nv_person_matches (lone, lone_groups, "  lone   kommune "));
  g_assert_false (nv_person_matches (lone, lone_groups, "lone gellerup"));
  /* Nothing typed: everyone */
  g_assert_true (nv_person_matches (jens, NULL, ""));
  g_assert_true (nv_person_matches (jens, NULL, "   "));
  g_assert_true (nv_person_matches (jens, NULL, NULL));
}

static char *
duplicates_text (NvPlan *plan)
{
  g_autoptr(GPtrArray) duplicates = nv_people_find_duplicates (nv_plan_get_people (plan));
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < duplicates->len; i++)
    {
      NvDuplicate *duplicate = g_ptr_array_index (duplicates, i);

      g_string_append_printf (text, "%s %s %s\n", nv_person_get_name (duplicate->person),
                              duplicate->kind == NV_DUPLICATE_SAME_EMAIL ? "email" : "name",
                              nv_person_get_name (duplicate->other));
    }

  return g_string_free (text, FALSE);
}

static void
test_duplicates (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;
  NvPerson *karen;

  karen = add_person (plan, "Karen Holm", "Albertslund Kommune", "karen@albertslund.example.dk");
  add_person (plan, "K. Holm", NULL, " KAREN@albertslund.example.dk");
  add_person (plan, "karen  holm", "albertslund kommune", NULL);
  /* Same name, other organisation: two people */
  add_person (plan, "Karen Holm", "Ishøj Kommune", NULL);
  /* Same name and no organisation, twice */
  add_person (plan, "Jens Jensen", NULL, NULL);
  add_person (plan, "Jens Jensen", NULL, "");
  /* No name and no address say nothing */
  add_person (plan, NULL, NULL, NULL);
  add_person (plan, NULL, NULL, NULL);
  /* Same address and same name: said once, as the address */
  add_person (plan, "Ida Berg", "BFA", "ida@bfa.example.dk");
  add_person (plan, "Ida Berg", "BFA", "ida@bfa.example.dk");

  text = duplicates_text (plan);
  g_assert_cmpstr (text, ==,
                   "Karen Holm email K. Holm\n"
                   "Karen Holm name karen  holm\n"
                   "K. Holm email Karen Holm\n"
                   "karen  holm name Karen Holm\n"
                   "Jens Jensen name Jens Jensen\n"
                   "Jens Jensen name Jens Jensen\n"
                   "Ida Berg email Ida Berg\n"
                   "Ida Berg email Ida Berg\n");

  /* Fixing the address ends that duplicate */
  nv_person_set_email (karen, "karen.holm@albertslund.example.dk");
  after = duplicates_text (plan);
  g_assert_null (strstr (after, "email K. Holm"));
  g_assert_nonnull (strstr (after, "Karen Holm name karen  holm"));
}

static char *
warnings_of (GHashTable *warnings,
             NvPerson   *person)
{
  GPtrArray *messages = g_hash_table_lookup (warnings, person);

  if (messages == NULL)
    return NULL;

  g_ptr_array_add (messages, NULL);
  return g_strjoinv ("|", (char **) messages->pdata);
}

static void
test_check (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  NvPerson *karen = add_person (plan, "Karen Holm", NULL, "karen@albertslund");
  NvPerson *jens = add_person (plan, "Jens Jensen", "ØS", "jens@example.dk");
  NvPerson *jj = add_person (plan, "J. Jensen", NULL, "Jens@example.dk");
  NvPerson *ida = add_person (plan, "Ida Berg", NULL, "ida@bfa.example.dk");
  NvPerson *empty = add_person (plan, "Bo Dam", NULL, NULL);
  NvPerson *twice = add_person (plan, "Anna Lund", NULL, "anna lund@example.dk");
  g_autoptr(GHashTable) warnings = NULL;
  g_autofree char *karen_text = NULL;
  g_autofree char *jens_text = NULL;
  g_autofree char *jj_text = NULL;
  g_autofree char *twice_text = NULL;

  add_person (plan, "Anna Lund", NULL, NULL);
  add_person (plan, "Anna Lund", NULL, NULL);

  warnings = nv_people_check (nv_plan_get_people (plan));
  karen_text = warnings_of (warnings, karen);
  jens_text = warnings_of (warnings, jens);
  jj_text = warnings_of (warnings, jj);
  twice_text = warnings_of (warnings, twice);

  g_assert_cmpstr (karen_text, ==, "“karen@albertslund” is not a valid e-mail address");
  g_assert_cmpstr (jens_text, ==, "Same e-mail address as J. Jensen");
  g_assert_cmpstr (jj_text, ==, "Same e-mail address as Jens Jensen");
  g_assert_null (g_hash_table_lookup (warnings, ida));
  g_assert_null (g_hash_table_lookup (warnings, empty));
  /* Two others with the same name: said once */
  g_assert_cmpstr (twice_text, ==,
                   "“anna lund@example.dk” is not a valid e-mail address|"
                   "Another person has the same name and organisation");
}

static void
test_size (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  NvNetwork *network = add_network (plan);
  g_autofree char *problem = NULL;
  g_autofree char *advice = NULL;
  g_autofree char *odd_advice = NULL;
  g_autofree char *many_advice = NULL;

  for (guint i = 0; i < 10; i++)
    add_member (network, add_person (plan, "Deltager", NULL, NULL), NULL, NV_LOCAL_ROLE_NONE);

  /* The default size is 10: ten members are fine */
  g_assert_cmpint (nv_network_get_group_size (network), ==, 10);
  g_assert_false (nv_network_check_size (network, &problem, &advice));
  g_assert_null (problem);
  g_assert_null (advice);

  add_member (network, add_person (plan, "Deltager", NULL, NULL), NULL, NV_LOCAL_ROLE_NONE);
  add_member (network, add_person (plan, "Deltager", NULL, NULL), NULL, NV_LOCAL_ROLE_NONE);
  g_assert_true (nv_network_check_size (network, &problem, &advice));
  g_assert_cmpstr (problem, ==, "12 members, more than the recommended group size of 10 people");
  g_assert_cmpstr (advice, ==, "Consider splitting the network into two of 6 members each");

  nv_network_set_group_size (network, 7);
  add_member (network, add_person (plan, "Deltager", NULL, NULL), NULL, NV_LOCAL_ROLE_NONE);
  g_assert_true (nv_network_check_size (network, NULL, &odd_advice));
  g_assert_cmpstr (odd_advice, ==, "Consider splitting the network into two, of 7 and 6 members");

  /* Two would still be too large */
  nv_network_set_group_size (network, 4);
  g_assert_true (nv_network_check_size (network, NULL, &many_advice));
  g_assert_cmpstr (many_advice, ==, "Consider splitting the network into 4 of about 4 members");

  nv_network_set_group_size (network, 13);
  g_assert_false (nv_network_check_size (network, NULL, NULL));
}

static char *
problems_text (GPtrArray *problems)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      NvSeriesProblem *problem = g_ptr_array_index (problems, i);

      g_assert_null (problem->meeting);
      g_assert_true (NV_IS_MEMBER (problem->member));
      g_string_append_printf (text, "%s\n", problem->message);
    }

  return g_string_free (text, FALSE);
}

static void
test_local_groups (void)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();
  NvNetwork *network = add_network (plan);
  NvMember *three, *vollsmose;
  g_autoptr(GPtrArray) off = NULL;
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) fixed = NULL;
  g_autoptr(GPtrArray) direct = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fixed_text = NULL;

  /* Right: one volunteer, one coordinator */
  add_member (network, add_person (plan, "Hanan", NULL, NULL), "Aalborg Øst", NV_LOCAL_ROLE_VOLUNTEER);
  add_member (network, add_person (plan, "Lone", NULL, NULL), "aalborg øst ", NV_LOCAL_ROLE_COORDINATOR);
  /* Three */
  three = add_member (network, add_person (plan, "Fatima", NULL, NULL), "Gellerup", NV_LOCAL_ROLE_VOLUNTEER);
  add_member (network, add_person (plan, "Nadia", NULL, NULL), "Gellerup", NV_LOCAL_ROLE_COORDINATOR);
  add_member (network, add_person (plan, "Zahra", NULL, NULL), "Gellerup", NV_LOCAL_ROLE_VOLUNTEER);
  /* One */
  vollsmose = add_member (network, add_person (plan, "Samira", NULL, NULL), "Vollsmose", NV_LOCAL_ROLE_VOLUNTEER);
  /* Two volunteers, two coordinators, two not said */
  add_member (network, add_person (plan, "Layla", NULL, NULL), "Kolding", NV_LOCAL_ROLE_VOLUNTEER);
  add_member (network, add_person (plan, "Sara", NULL, NULL), "Kolding", NV_LOCAL_ROLE_VOLUNTEER);
  add_member (network, add_person (plan, "Tina", NULL, NULL), "Slagelse", NV_LOCAL_ROLE_COORDINATOR);
  add_member (network, add_person (plan, "Asma", NULL, NULL), "Slagelse", NV_LOCAL_ROLE_COORDINATOR);
  add_member (network, add_person (plan, "Huda", NULL, NULL), "Ishøj", NV_LOCAL_ROLE_VOLUNTEER);
  add_member (network, add_person (plan, "Rukiye", NULL, NULL), "Ishøj", NV_LOCAL_ROLE_NONE);
  /* No local group */
  add_member (network, add_person (plan, "Mette Lund", NULL, NULL), NULL, NV_LOCAL_ROLE_NONE);

  /* The rule is off by default: not a word */
  g_assert_false (nv_network_get_two_per_local_group (network));
  off = nv_series_problems (plan, network);
  g_assert_cmpuint (off->len, ==, 0);

  nv_network_set_two_per_local_group (network, TRUE);
  on = nv_series_problems (plan, network);
  text = problems_text (on);
  g_assert_cmpstr (text, ==,
                   "Local group “Gellerup” sends 3 people, not two\n"
                   "Local group “Vollsmose” sends 1 person, not two\n"
                   "Local group “Kolding” sends two volunteers and no coordinator\n"
                   "Local group “Slagelse” sends two coordinators and no volunteer\n"
                   "Local group “Ishøj”: mark one member as the volunteer and one as the coordinator\n"
                   "Mette Lund belongs to no local group\n");
  g_assert_true (((NvSeriesProblem *) g_ptr_array_index (on, 0))->member == three);
  g_assert_true (((NvSeriesProblem *) g_ptr_array_index (on, 1))->member == vollsmose);

  /* The same, asked directly */
  direct = nv_series_local_group_problems (plan, network);
  g_assert_cmpuint (direct->len, ==, on->len);

  /* A second from Vollsmose, a coordinator: that group is right */
  add_member (network, add_person (plan, "Hanne", NULL, NULL), "Vollsmose", NV_LOCAL_ROLE_COORDINATOR);
  fixed = nv_series_problems (plan, network);
  fixed_text = problems_text (fixed);
  g_assert_null (strstr (fixed_text, "Vollsmose"));
  g_assert_cmpuint (fixed->len, ==, on->len - 1);
}

/* The new fields load, save and default, so older files still open */
static void
test_file (void)
{
  static const char old_file[] =
    "{\"format\": \"netvaerk-plan\", \"version\": 1, \"name\": \"Plan\","
    " \"people\": [{\"id\": \"p-a\", \"name\": \"A\"}],"
    " \"networks\": [{\"id\": \"n-a\", \"name\": \"N\","
    "   \"members\": [{\"id\": \"mb-a\", \"person\": \"p-a\", \"local_group\": \"Gellerup\"}]}]}";
  static const char bad_role[] =
    "{\"format\": \"netvaerk-plan\", \"version\": 1, \"name\": \"Plan\","
    " \"people\": [{\"id\": \"p-a\", \"name\": \"A\"}],"
    " \"networks\": [{\"id\": \"n-a\", \"name\": \"N\","
    "   \"members\": [{\"id\": \"mb-a\", \"person\": \"p-a\", \"local_role\": \"boss\"}]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) plan = nv_plan_load_from_data (old_file, strlen (old_file), &error);
  g_autoptr(NvPlan) again = NULL;
  g_autoptr(NvPlan) refused = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) old_bytes = NULL;
  NvNetwork *network;
  NvMember *member;
  const char *text;

  g_assert_no_error (error);
  network = NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (nv_plan_get_networks (plan)), 0));
  member = NV_MEMBER (nv_record_list_peek (NV_RECORD_LIST (nv_network_get_members (network)), 0));
  g_assert_false (nv_network_get_two_per_local_group (network));
  g_assert_cmpint (nv_member_get_local_role (member), ==, NV_LOCAL_ROLE_NONE);

  /* Defaults are not written */
  old_bytes = nv_plan_to_bytes (plan);
  text = g_bytes_get_data (old_bytes, NULL);
  g_assert_null (strstr (text, "local_role"));
  g_assert_null (strstr (text, "two_per_local_group"));

  nv_network_set_two_per_local_group (network, TRUE);
  nv_member_set_local_role (member, NV_LOCAL_ROLE_COORDINATOR);
  bytes = nv_plan_to_bytes (plan);
  text = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (text, "\"two_per_local_group\": true"));
  g_assert_nonnull (strstr (text, "\"local_role\": \"coordinator\""));

  again = nv_plan_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_true (nv_record_equal (NV_RECORD (plan), NV_RECORD (again)));

  refused = nv_plan_load_from_data (bad_role, strlen (bad_role), &error);
  g_assert_null (refused);
  g_assert_error (error, NV_PLAN_ERROR, NV_PLAN_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "networks[0].members[0].local_role"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/people/fold", test_fold);
  g_test_add_func ("/people/search", test_search);
  g_test_add_func ("/people/duplicates", test_duplicates);
  g_test_add_func ("/people/check", test_check);
  g_test_add_func ("/people/size", test_size);
  g_test_add_func ("/people/local-groups", test_local_groups);
  g_test_add_func ("/people/file", test_file);

  return g_test_run ();
}
