/* nv-people-page.c: everyone in the plan, with their contact details
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-field-row.h"
#include "nv-gui-util.h"
#include "nv-people-page.h"
#include "nv-person.h"

struct _NvPeoplePage
{
  AdwBin              parent_instance;

  GtkListBox         *people_list;

  NvPlan             *plan;
};

G_DEFINE_FINAL_TYPE (NvPeoplePage, nv_people_page, ADW_TYPE_BIN)

static void
update_person_row (AdwExpanderRow *row)
{
  NvPerson *person = g_object_get_data (G_OBJECT (row), "person");
  const char *name = nv_person_get_name (person);
  const char *organisation = nv_person_get_organisation (person);
  const char *role = nv_person_get_role (person);
  g_autofree char *subtitle = NULL;

  if (organisation != NULL && role != NULL)
    subtitle = g_strdup_printf (_("%s · %s"), role, organisation);
  else
    subtitle = g_strdup (organisation != NULL ? organisation : role);

  nv_row_show_text (ADW_PREFERENCES_ROW (row), name != NULL ? name : _("Unnamed person"), subtitle);
}

static GtkWidget *
create_person_row (gpointer item,
                   gpointer user_data)
{
  static const char * const fields[] = { "name", "organisation", "role", "email", "phone", NULL };
  NvPeoplePage *self = user_data;
  NvPerson *person = item;
  GtkWidget *row = adw_expander_row_new ();

  g_object_set_data (G_OBJECT (row), "person", person);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  for (guint i = 0; fields[i] != NULL; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), nv_field_row_new (self->plan, NV_RECORD (person), fields[i]));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), nv_long_text_row_new (NV_RECORD (person), "notes"));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), nv_delete_button_new (NV_RECORD (person), _("Delete Person")));

  g_signal_connect_object (person, "notify", G_CALLBACK (update_person_row), row, G_CONNECT_SWAPPED);
  update_person_row (ADW_EXPANDER_ROW (row));
  return row;
}

void
nv_people_page_show (NvPeoplePage *self,
                     NvPlan       *plan)
{
  g_return_if_fail (NV_IS_PEOPLE_PAGE (self));

  if (!g_set_object (&self->plan, plan))
    return;

  gtk_list_box_bind_model (self->people_list, nv_plan_get_people (plan), create_person_row, self, NULL);
}

/* Opens @person's row, for typing in a new person's details at once */
void
nv_people_page_expand_person (NvPeoplePage *self,
                              NvRecord     *person)
{
  guint position;
  GtkListBoxRow *row;

  if (!nv_record_list_find (NV_RECORD_LIST (nv_plan_get_people (self->plan)), person, &position))
    return;

  row = gtk_list_box_get_row_at_index (self->people_list, position);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
nv_people_page_dispose (GObject *object)
{
  NvPeoplePage *self = NV_PEOPLE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_PEOPLE_PAGE);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (nv_people_page_parent_class)->dispose (object);
}

static void
nv_people_page_class_init (NvPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_people_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NvPeoplePage, people_list);
}

static void
nv_people_page_init (NvPeoplePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_placeholder (self->people_list, nv_list_placeholder_new (_("No people yet")));
}
