# Generated from forms/huddle_closing.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox, QWidget)

class Ui_HuddleClosing(object):
    def setupUi(self, closingGroup):
        if not closingGroup.objectName():
            closingGroup.setObjectName(u"closingGroup")
        self.closingForm = QFormLayout(closingGroup)
        self.closingForm.setObjectName(u"closingForm")
        self.closingForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.celebrationLabel = QLabel(closingGroup)
        self.celebrationLabel.setObjectName(u"celebrationLabel")

        self.closingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.celebrationLabel)

        self.celebration = QLineEdit(closingGroup)
        self.celebration.setObjectName(u"celebration")

        self.closingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.celebration)

        self.escalationsLabel = QLabel(closingGroup)
        self.escalationsLabel.setObjectName(u"escalationsLabel")

        self.closingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.escalationsLabel)

        self.escalations = QLineEdit(closingGroup)
        self.escalations.setObjectName(u"escalations")

        self.closingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.escalations)

        self.checkinLabel = QLabel(closingGroup)
        self.checkinLabel.setObjectName(u"checkinLabel")

        self.closingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.checkinLabel)

        self.checkinRow = QHBoxLayout()
        self.checkinRow.setObjectName(u"checkinRow")
        self.goodLabel = QLabel(closingGroup)
        self.goodLabel.setObjectName(u"goodLabel")

        self.checkinRow.addWidget(self.goodLabel)

        self.checkinGood = QSpinBox(closingGroup)
        self.checkinGood.setObjectName(u"checkinGood")
        self.checkinGood.setMinimum(-1)
        self.checkinGood.setMaximum(99)
        self.checkinGood.setValue(-1)

        self.checkinRow.addWidget(self.checkinGood)

        self.okLabel = QLabel(closingGroup)
        self.okLabel.setObjectName(u"okLabel")

        self.checkinRow.addWidget(self.okLabel)

        self.checkinOk = QSpinBox(closingGroup)
        self.checkinOk.setObjectName(u"checkinOk")
        self.checkinOk.setMinimum(-1)
        self.checkinOk.setMaximum(99)
        self.checkinOk.setValue(-1)

        self.checkinRow.addWidget(self.checkinOk)

        self.strugglingLabel = QLabel(closingGroup)
        self.strugglingLabel.setObjectName(u"strugglingLabel")

        self.checkinRow.addWidget(self.strugglingLabel)

        self.checkinStruggling = QSpinBox(closingGroup)
        self.checkinStruggling.setObjectName(u"checkinStruggling")
        self.checkinStruggling.setMinimum(-1)
        self.checkinStruggling.setMaximum(99)
        self.checkinStruggling.setValue(-1)

        self.checkinRow.addWidget(self.checkinStruggling)

        self.checkinRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkinRow.addItem(self.checkinRowSpacer)


        self.closingForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.checkinRow)

        self.notesLabel = QLabel(closingGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.closingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(closingGroup)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.closingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes)

#if QT_CONFIG(shortcut)
        self.celebrationLabel.setBuddy(self.celebration)
        self.escalationsLabel.setBuddy(self.escalations)
        self.checkinLabel.setBuddy(self.checkinGood)
        self.goodLabel.setBuddy(self.checkinGood)
        self.okLabel.setBuddy(self.checkinOk)
        self.strugglingLabel.setBuddy(self.checkinStruggling)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.celebration, self.escalations)
        QWidget.setTabOrder(self.escalations, self.checkinGood)
        QWidget.setTabOrder(self.checkinGood, self.checkinOk)
        QWidget.setTabOrder(self.checkinOk, self.checkinStruggling)
        QWidget.setTabOrder(self.checkinStruggling, self.notes)

        self.retranslateUi(closingGroup)

        QMetaObject.connectSlotsByName(closingGroup)
    # setupUi

    def retranslateUi(self, closingGroup):
        closingGroup.setTitle(QCoreApplication.translate("HuddleClosing", u"To finish", None))
        self.celebrationLabel.setText(QCoreApplication.translate("HuddleClosing", u"Celebration, good catch or than&ks", None))
#if QT_CONFIG(accessibility)
        self.celebration.setAccessibleName(QCoreApplication.translate("HuddleClosing", u"Celebration, good catch or thanks", None))
#endif // QT_CONFIG(accessibility)
        self.escalationsLabel.setText(QCoreApplication.translate("HuddleClosing", u"Escalations to matron or site team", None))
#if QT_CONFIG(accessibility)
        self.escalations.setAccessibleName(QCoreApplication.translate("HuddleClosing", u"Escalations to matron or site team", None))
#endif // QT_CONFIG(accessibility)
        self.checkinLabel.setText(QCoreApplication.translate("HuddleClosing", u"Team check-in (counts)", None))
        self.goodLabel.setText(QCoreApplication.translate("HuddleClosing", u"Good", None))
#if QT_CONFIG(accessibility)
        self.checkinGood.setAccessibleName(QCoreApplication.translate("HuddleClosing", u"Team check-in: number feeling good", None))
#endif // QT_CONFIG(accessibility)
        self.checkinGood.setSpecialValueText(QCoreApplication.translate("HuddleClosing", u"\u2013", None))
        self.okLabel.setText(QCoreApplication.translate("HuddleClosing", u"OK", None))
#if QT_CONFIG(accessibility)
        self.checkinOk.setAccessibleName(QCoreApplication.translate("HuddleClosing", u"Team check-in: number feeling OK", None))
#endif // QT_CONFIG(accessibility)
        self.checkinOk.setSpecialValueText(QCoreApplication.translate("HuddleClosing", u"\u2013", None))
        self.strugglingLabel.setText(QCoreApplication.translate("HuddleClosing", u"Struggling", None))
#if QT_CONFIG(accessibility)
        self.checkinStruggling.setAccessibleName(QCoreApplication.translate("HuddleClosing", u"Team check-in: number struggling", None))
#endif // QT_CONFIG(accessibility)
        self.checkinStruggling.setSpecialValueText(QCoreApplication.translate("HuddleClosing", u"\u2013", None))
        self.notesLabel.setText(QCoreApplication.translate("HuddleClosing", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("HuddleClosing", u"Free notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

