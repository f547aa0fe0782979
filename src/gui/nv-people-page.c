/* nv-people-page.c: everyone in the plan, with their contact details
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-field-row.h"
#include "nv-gui-util.h"
#include "nv-people.h"
#include "nv-people-page.h"
#include "nv-person.h"
#include "nv-row-list.h"

/*
 * A contact list of thousands: the search narrows the list through a
 * GtkFilterListModel, the list (an NvRowList) makes rows only around
 * the people on screen, and a row builds its form only when it is
 * opened. What nv_people_check() finds (an address a mail program would
 * refuse, the same person twice) is shown on the row and at the top of
 * its form, and never stops anyone.
 */

struct _NvPeoplePage
{
  AdwBin               parent_instance;

  AdwPreferencesGroup *people_group;
  GtkSearchEntry      *search_entry;
  NvRowList           *people_list;

  NvPlan              *plan;
  GtkFilterListModel  *filtered;
  GtkCustomFilter     *filter;
  char                *query;         /* folded */
  GHashTable          *local_groups;  /* person id → their local groups */
  GHashTable          *warnings;      /* NvPerson → its warnings */

  GtkWidget           *empty_placeholder;
  GtkWidget           *no_match_placeholder;

  NvHistory           *history;       /* the plan's, to notice every change */
  gulong               changed_handler;
  guint                refresh_idle;
  gboolean             checks_stale;  /* the plan changed while hidden */
};

G_DEFINE_FINAL_TYPE (NvPeoplePage, nv_people_page, ADW_TYPE_BIN)

#define WARNING_ICON_KEY "nv-person-warning-icon"
#define WARNING_ROW_KEY  "nv-person-warning-row"

static GPtrArray *
warnings_of (NvPeoplePage *self,
             NvPerson     *person)
{
  return self->warnings != NULL ? g_hash_table_lookup (self->warnings, person) : NULL;
}

/* All of a person's warnings, one a line */
static char *
warnings_text (GPtrArray *warnings)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (warnings, i));
    }

  return g_string_free (text, FALSE);
}

static void
update_person_row (AdwExpanderRow *row)
{
  NvPeoplePage *self = g_object_get_data (G_OBJECT (row), "page");
  NvPerson *person = g_object_get_data (G_OBJECT (row), "person");
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), WARNING_ICON_KEY);
  GtkWidget *form_row = g_object_get_data (G_OBJECT (row), WARNING_ROW_KEY);
  GPtrArray *warnings = warnings_of (self, person);
  const char *name = nv_person_get_name (person);
  const char *organisation = nv_person_get_organisation (person);
  const char *role = nv_person_get_role (person);
  g_autofree char *details = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *all_warnings = warnings_text (warnings);

  if (organisation != NULL && role != NULL)
    details = g_strdup_printf (_("%s · %s"), role, organisation);
  else
    details = g_strdup (organisation != NULL ? organisation : role);

  /* The first warning where the eye is; all of them on the sign */
  if (warnings == NULL)
    subtitle = g_steal_pointer (&details);
  else if (details != NULL)
    subtitle = g_strdup_printf (_("%s · %s"), details, (char *) g_ptr_array_index (warnings, 0));
  else
    subtitle = g_strdup (g_ptr_array_index (warnings, 0));

  nv_row_show_text (ADW_PREFERENCES_ROW (row), name != NULL ? name : _("Unnamed person"), subtitle);

  gtk_widget_set_visible (icon, warnings != NULL);
  gtk_widget_set_tooltip_text (icon, warnings != NULL ? all_warnings : NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, all_warnings, -1);

  if (form_row != NULL)
    {
      gtk_widget_set_visible (form_row, warnings != NULL);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form_row), all_warnings);
    }
}

static void
update_shown_row (gpointer row,
                  gpointer user_data)
{
  update_person_row (ADW_EXPANDER_ROW (row));
}

/* The form: made when the row is first opened, not for all at once */
static void
fill_person_row (AdwExpanderRow *row,
                 gpointer        item,
                 gpointer        user_data)
{
  static const char * const fields[] = { "name", "organisation", "role", "email", "phone", NULL };
  NvPeoplePage *self = user_data;
  NvPerson *person = item;
  GtkWidget *warning_row;

  warning_row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (warning_row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (warning_row), 0);
  {
    GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

    gtk_widget_add_css_class (icon, "warning");
    adw_action_row_add_prefix (ADW_ACTION_ROW (warning_row), icon);
  }
  adw_expander_row_add_row (row, warning_row);
  g_object_set_data (G_OBJECT (row), WARNING_ROW_KEY, warning_row);

  for (guint i = 0; fields[i] != NULL; i++)
    adw_expander_row_add_row (row, nv_field_row_new (self->plan, NV_RECORD (person), fields[i]));
  adw_expander_row_add_row (row, nv_long_text_row_new (NV_RECORD (person), "notes"));

  update_person_row (row);
}

static GtkWidget *
create_person_row (gpointer item,
                   gpointer user_data)
{
  NvPeoplePage *self = user_data;
  NvPerson *person = item;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  g_object_set_data (G_OBJECT (row), "page", self);
  g_object_set_data (G_OBJECT (row), "person", person);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  /* Actions are put in front: the sign left of the delete button, so
   * that the delete buttons line up whether a row warns or not */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), nv_delete_button_new (NV_RECORD (person), _("Delete Person")));
  gtk_widget_add_css_class (icon, "warning");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), icon);
  g_object_set_data (G_OBJECT (row), WARNING_ICON_KEY, icon);

  g_signal_connect_object (person, "notify", G_CALLBACK (update_person_row), row, G_CONNECT_SWAPPED);
  update_person_row (ADW_EXPANDER_ROW (row));
  return row;
}

static gboolean
person_matches (gpointer item,
                gpointer user_data)
{
  NvPeoplePage *self = user_data;
  const char *id = nv_record_get_id (NV_RECORD (item));

  if (self->query == NULL || self->query[0] == '\0')
    return TRUE;

  return nv_person_matches (NV_PERSON (item),
                            id != NULL && self->local_groups != NULL ? g_hash_table_lookup (self->local_groups, id) : NULL,
                            self->query);
}

/* "12 of 300 people" while searching */
static void
update_count (NvPeoplePage *self)
{
  g_autofree char *description = NULL;
  guint found, total;

  if (self->plan == NULL)
    return;

  found = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  total = g_list_model_get_n_items (nv_plan_get_people (self->plan));
  if (self->query != NULL && self->query[0] != '\0')
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u person", "%u of %u people", total),
                                   found, total);
  adw_preferences_group_set_description (self->people_group,
                                         description != NULL ? description
                                         : _("Everyone in the plan: members, participants, organisers"));
}

static void
on_search_changed_cb (NvPeoplePage *self)
{
  g_autofree char *query = nv_people_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (g_strcmp0 (query, self->query) == 0)
    return;

  /* Every word must be found: a longer query shows fewer, never more */
  if (self->query != NULL && g_str_has_prefix (query, self->query))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->query != NULL && g_str_has_prefix (self->query, query))
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->query);
  self->query = g_steal_pointer (&query);
  nv_row_list_set_placeholder (self->people_list,
                               self->query[0] != '\0' ? self->no_match_placeholder : self->empty_placeholder);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  update_count (self);
}

static void
on_stop_search_cb (NvPeoplePage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* What the search looks in and what the rows warn about follow the
 * plan; the rows shown stay as they are until the search changes, so
 * that a row does not vanish while its person is being edited */
static gboolean
refresh_checks (gpointer user_data)
{
  NvPeoplePage *self = user_data;

  self->refresh_idle = 0;
  if (self->plan == NULL)
    return G_SOURCE_REMOVE;

  g_clear_pointer (&self->local_groups, g_hash_table_unref);
  g_clear_pointer (&self->warnings, g_hash_table_unref);
  self->local_groups = nv_people_local_groups (self->plan);
  self->warnings = nv_people_check (nv_plan_get_people (self->plan));

  nv_row_list_foreach_row (self->people_list, update_shown_row, NULL);

  update_count (self);
  return G_SOURCE_REMOVE;
}

/* Many changes come at once (an undo, an import): look once after them.
 * The checks walk the whole plan: a page nobody sees looks again only
 * when it is shown, not at each key typed elsewhere. */
static void
on_plan_changed_cb (NvPeoplePage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->checks_stale = TRUE;
      return;
    }

  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_checks, self);
}

static void
nv_people_page_map (GtkWidget *widget)
{
  NvPeoplePage *self = NV_PEOPLE_PAGE (widget);

  GTK_WIDGET_CLASS (nv_people_page_parent_class)->map (widget);

  /* Not while the page is being mapped: its rows are made again */
  if (self->checks_stale && self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_checks, self);
  self->checks_stale = FALSE;
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NvPeoplePage *self = NV_PEOPLE_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

void
nv_people_page_show (NvPeoplePage *self,
                     NvPlan       *plan)
{
  g_return_if_fail (NV_IS_PEOPLE_PAGE (self));

  if (self->plan == plan)
    return;

  if (self->history != NULL)
    g_clear_signal_handler (&self->changed_handler, self->history);
  g_set_object (&self->plan, plan);
  self->history = nv_plan_get_history (plan);
  self->changed_handler = g_signal_connect_swapped (self->history, "changed", G_CALLBACK (on_plan_changed_cb), self);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  refresh_checks (self);
  gtk_filter_list_model_set_model (self->filtered, nv_plan_get_people (plan));
  nv_row_list_set_model (self->people_list, G_LIST_MODEL (self->filtered), create_person_row, fill_person_row, self);
  update_count (self);
}

/**
 * nv_people_page_search:
 * @text: what to search for
 *
 * Shows only the people @text matches, as if typed in the search.
 */
void
nv_people_page_search (NvPeoplePage *self,
                       const char   *text)
{
  g_return_if_fail (NV_IS_PEOPLE_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* The entry waits a moment before it says: search at once */
  on_search_changed_cb (self);
}

/* Opens @person's row, for typing in a new person's details at once */
void
nv_people_page_expand_person (NvPeoplePage *self,
                              NvRecord     *person)
{
  /* A search the new person does not match would hide them */
  nv_people_page_search (self, "");
  nv_row_list_open (self->people_list, person);
}

static void
nv_people_page_dispose (GObject *object)
{
  NvPeoplePage *self = NV_PEOPLE_PAGE (object);

  if (self->history != NULL)
    g_clear_signal_handler (&self->changed_handler, self->history);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_PEOPLE_PAGE);
  g_clear_object (&self->filtered);
  g_clear_object (&self->empty_placeholder);
  g_clear_object (&self->no_match_placeholder);
  g_clear_pointer (&self->local_groups, g_hash_table_unref);
  g_clear_pointer (&self->warnings, g_hash_table_unref);
  g_clear_pointer (&self->query, g_free);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (nv_people_page_parent_class)->dispose (object);
}

static void
nv_people_page_class_init (NvPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_people_page_dispose;
  widget_class->map = nv_people_page_map;

  g_type_ensure (NV_TYPE_ROW_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NvPeoplePage, people_group);
  gtk_widget_class_bind_template_child (widget_class, NvPeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NvPeoplePage, people_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);

  gtk_widget_class_install_action (widget_class, "people.search", NULL, search_activated);
}

static void
nv_people_page_init (NvPeoplePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->query = g_strdup ("");
  self->filter = gtk_custom_filter_new (person_matches, self, NULL);
  /* The filter list model owns the filter */
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);

  self->empty_placeholder = g_object_ref_sink (nv_list_placeholder_new (_("No people yet")));
  self->no_match_placeholder = g_object_ref_sink (nv_list_placeholder_new (_("Nobody matches the search")));
  nv_row_list_set_placeholder (self->people_list, self->empty_placeholder);
}
